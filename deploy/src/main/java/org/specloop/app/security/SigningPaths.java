package org.specloop.app.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Pattern;

/**
 * The requests that put a signature on a decision: approving or rejecting a spec revision, an
 * engineering change or a lot's deviation (material review), over the API or from the workspace UI.
 * They need the signer to re-authenticate.
 */
final class SigningPaths {
    private static final Pattern SIGNING = Pattern.compile(
            "^/(api|ui)/(specifications/[^/]+/revisions/[^/]+|engineering-changes/[^/]+|lots/[^/]+/deviations/[^/]+)"
                    + "/(approval|rejection|review)$");

    private SigningPaths() {
    }

    static boolean isSigning(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && SIGNING.matcher(path(request)).matches();
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
