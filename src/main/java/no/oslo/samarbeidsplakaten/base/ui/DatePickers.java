package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date pickers that speak the user's language: bokmål month and day names unless English is chosen. */
public final class DatePickers {

    private DatePickers() {
    }

    public static void localize(DatePicker picker) {
        picker.setLocale(picker.getLocale());
        if ("en".equals(picker.getLocale().getLanguage())) {
            return;
        }
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "desember"));
        i18n.setWeekdays(List.of("søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"));
        i18n.setWeekdaysShort(List.of("sø", "ma", "ti", "on", "to", "fr", "lø"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("I dag");
        i18n.setCancel("Avbryt");
        picker.setI18n(i18n);
    }
}
