package no.oslo.samarbeidsplakaten.template.service;

import java.util.List;

/**
 * Which posters use a part of the template, so removing it can name them first. Implemented by the feature that
 * owns the posters; the template does not know them.
 */
public interface TemplateUsage {

    /** The posters (as "department – agency") with a meeting of this standard type. */
    List<String> postersWithMeetingType(String meetingType);

    /** The posters (as "department – agency") that name this role as a chair or participant. */
    List<String> postersNamingRole(String roleKey);
}
