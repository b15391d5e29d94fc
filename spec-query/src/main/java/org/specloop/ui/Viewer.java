package org.specloop.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is looking, for every workspace page: the name shown in the header and whether the signing
 * forms are offered. Read through the servlet API so that this module needs no security library;
 * the decision itself is enforced by the security configuration, not by hiding a button.
 */
@ControllerAdvice(basePackageClasses = Viewer.class)
class Viewer {
    static final String APPROVER = "APPROVER";
    static final String QUALITY_ENGINEER = "QUALITY_ENGINEER";
    static final String ADMIN = "ADMIN";

    @ModelAttribute("viewer")
    public String viewer(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    @ModelAttribute("canSign")
    public boolean canSign(HttpServletRequest request) {
        return request.isUserInRole(APPROVER);
    }

    /** Quality engineers decide what happens to a lot (hold, release, ask for a deviation). */
    @ModelAttribute("canDispose")
    public boolean canDispose(HttpServletRequest request) {
        return request.isUserInRole(QUALITY_ENGINEER);
    }

    /**
     * Quality engineers plan engineering changes, record their evidence and redraft proposals; the API's
     * security rules decide, this only spares the others forms that would be refused.
     */
    @ModelAttribute("isQualityEngineer")
    public boolean isQualityEngineer(HttpServletRequest request) {
        return request.isUserInRole(QUALITY_ENGINEER);
    }

    /** Administrators get a link to the dead-letter page (served by the application, not this module). */
    @ModelAttribute("isAdmin")
    public boolean isAdmin(HttpServletRequest request) {
        return request.isUserInRole(ADMIN);
    }
}
