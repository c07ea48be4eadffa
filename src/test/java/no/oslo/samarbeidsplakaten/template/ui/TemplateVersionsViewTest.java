package no.oslo.samarbeidsplakaten.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class TemplateVersionsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestData testData;

    @Autowired
    TemplateDrafts drafts;

    @BeforeEach
    void twoVersions() {
        testData.resetTemplate();
        drafts.change("sections/meetings/guidance/nb", drafts.draft().value("sections/meetings/guidance/nb"),
                "Hvilke møter vi har og hvem som deltar.");
        drafts.publish("Kortere veiledning til møtene.", false);
    }

    @AfterEach
    void shipped() {
        testData.resetTemplate();
    }

    @Test
    void theVersionsAreListedNewestFirstWithTheirNoteAndLinks() {
        navigate(TemplateVersionsView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).containsExactly("Versjon 2", "Versjon 1");
        assertThat($(Anchor.class).withText("Sammenlign versjon 2 med versjon 1").single().getHref())
                .isEqualTo("maler/sammenlign?fra=1&til=2");
        assertThat($(Anchor.class).withText("Last ned versjon 2 (JSON)").single().getHref())
                .isEqualTo("eksport/mal/2.json");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText("Kortere veiledning til møtene.")
                .exists()).isTrue();
    }

    @Test
    void aVersionShowsItsCodesInTheReadersWords() {
        navigate(TemplateVersionView.class, 1);

        var texts = $(Div.class).withClassName("template-text").all().stream().map(Div::getText).toList();
        assertThat(texts).contains("Formelt møte", "Byrådsavdelingen", "Kommunaldirektør")
                .noneMatch(text -> text.startsWith("UP_TO:") || text.startsWith("AT_MOST_PER_YEAR")
                        || text.equals("DEPARTMENT") || text.equals("kommunaldirektor"));
    }

    @Test
    void twoVersionsAreComparedWordByWord() {
        navigate(TemplateCompareView.class);
        var changed = $(Div.class).withClassName("compare-field").all();

        assertThat(changed).singleElement().satisfies(field -> {
            assertThat(field.getElement().getAttribute("data-status")).isEqualTo("CHANGED");
            var value = field.getChildren().filter(c -> c instanceof Div).findFirst().orElseThrow().getElement();
            assertThat(value.getChildren().filter(e -> e.getTag().equals("ins")).map(e -> e.getText()).toList())
                    .isNotEmpty().allMatch(text -> "Hvilke møter vi har og hvem som deltar.".contains(text.strip()));
            assertThat(value.getChildren().filter(e -> e.getTag().equals("del")).map(e -> e.getText())
                    .reduce("", String::concat)).contains("hvor ofte");
        });
    }
}
