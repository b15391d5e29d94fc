package org.specloop.command.kernel;

import java.util.List;

/**
 * Texts the system writes itself (a hold reason listing what failed, a rejection quoting a change's
 * reason) are stored in the same bounded columns as what clients send (TextLimits), and nothing at
 * the edge checks them: however many things they list, they are fitted here, so that an event a
 * policy raises can always be stored and cannot stop a projection.
 */
public final class SystemText {

    private SystemText() {
    }

    /**
     * Joins the parts with the separator; when all of them would be longer than max characters, keeps as
     * many whole parts as fit and ends with "and N more", so the reader still learns how many there are.
     */
    public static String join(List<String> parts, String separator, int max) {
        String all = String.join(separator, parts);
        if (all.length() <= max) {
            return all;
        }
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (String part : parts) {
            String next = (count == 0 ? "" : separator) + part;
            String rest = separator + "and " + (parts.size() - count - 1) + " more";
            if (kept.length() + next.length() + rest.length() > max) {
                break;
            }
            kept.append(next);
            count++;
        }
        String summary = (count == 0 ? "" : separator) + "and " + (parts.size() - count) + " more";
        return fit(kept + summary, max);
    }

    /** The text itself when it fits, else its start and how much was left out, max characters in all. */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String tail = " ... (" + text.length() + " characters in all, cut)";
        return text.substring(0, Math.max(0, max - tail.length())) + tail;
    }
}
