package org.specloop.readside.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

/**
 * Whether the request being served asks for CSV ({@code Accept: text/csv} or {@code ?format=csv}).
 * A list answered as CSV is an export, not a screen: its page may hold up to {@link #MAX_ROWS} rows
 * (and that is its default size), and further rows are fetched with page= as for JSON.
 */
public final class CsvExport {
    public static final MediaType TEXT_CSV = new MediaType("text", "csv");
    public static final String FORMAT_PARAMETER = "format";
    public static final int MAX_ROWS = 10_000;

    private CsvExport() {
    }

    public static boolean requested() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        HttpServletRequest request = attributes.getRequest();
        String format = request.getParameter(FORMAT_PARAMETER);
        if (format != null) {
            return "csv".equals(format.trim().toLowerCase(Locale.ROOT));
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isConcrete() && type.isCompatibleWith(TEXT_CSV));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
