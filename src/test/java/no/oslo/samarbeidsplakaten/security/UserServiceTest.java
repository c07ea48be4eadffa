package no.oslo.samarbeidsplakaten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import no.oslo.samarbeidsplakaten.security.service.NewUser;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class UserServiceTest {

    @Autowired
    UserService userService;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TestData testData;

    @Test
    void theFirstStartCreatesOneAdminWithAHashedRandomPasswordAndNeverAnother() {
        var admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.getAppRole()).isEqualTo(AppRole.ADMIN);
        assertThat(admin.getOrganisation().getCode()).isEqualTo("BLK");
        assertThat(admin.getPasswordHash()).startsWith("$2");
        assertThat(userService.createInitialAdminIfNone()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminAddsAUserWhoCanThenLogIn() {
        var created = userService.create(new NewUser("Kari.Nordmann", "Kari Nordmann", "Kommunaldirektør",
                testData.organisationId("MOS"), AppRole.MEMBER, "et-langt-passord"));

        assertThat(created.username()).isEqualTo("kari.nordmann");
        var stored = users.findByUsername("kari.nordmann").orElseThrow();
        assertThat(passwordEncoder.matches("et-langt-passord", stored.getPasswordHash())).isTrue();
        assertThat(stored.getPasswordHash()).doesNotContain("et-langt-passord");
    }

    @Test
    @WithUserDetails("admin")
    void badInputIsRefusedWithAReason() {
        long mos = testData.organisationId("MOS");
        assertThatThrownBy(() -> userService.create(new NewUser("nyansatt", "Ola", "Rådgiver", mos, AppRole.MEMBER,
                "kort"))).extracting("messageKey").isEqualTo("error.user.password");
        assertThatThrownBy(() -> userService.create(new NewUser("admin", "Ola", "Rådgiver", mos, AppRole.MEMBER,
                "et-langt-passord"))).extracting("messageKey").isEqualTo("error.user.exists");
        assertThatThrownBy(() -> userService.create(new NewUser("o l a", "Ola", "Rådgiver", mos, AppRole.MEMBER,
                "et-langt-passord"))).extracting("messageKey").isEqualTo("error.user.username");
        assertThatThrownBy(() -> userService.create(new NewUser("nyansatt", "Ola", " ", mos, AppRole.MEMBER,
                "et-langt-passord"))).extracting("messageKey").isEqualTo("error.user.roleTitle");
        // BCrypt reads 72 bytes: 37 "ø" are 74 bytes, a password that would be cut without telling.
        assertThatThrownBy(() -> userService.create(new NewUser("nyansatt", "Ola", "Rådgiver", mos, AppRole.MEMBER,
                "ø".repeat(37)))).extracting("messageKey").isEqualTo("error.user.passwordTooLong");
        assertThat(users.existsByUsername("nyansatt")).isFalse();
        userService.create(new NewUser("nyansatt", "Ola", "Rådgiver", mos, AppRole.MEMBER, "ø".repeat(36)));
        assertThat(users.existsByUsername("nyansatt")).isTrue();
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void onlyAdminsManageUsers() {
        assertThatThrownBy(() -> userService.list()).isInstanceOf(AccessDeniedException.class);
    }
}
