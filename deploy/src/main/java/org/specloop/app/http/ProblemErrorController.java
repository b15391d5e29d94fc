package org.specloop.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * /error, where the container sends errors no controller answered (a path the firewall refused, a
 * status set with sendError). Machines get RFC 9457 problem+json like every other refusal, and so does
 * every /api and /actuator path even when a browser asks for HTML; browsers on the workspace still get
 * Spring Boot's error page.
 */
class ProblemErrorController extends BasicErrorController {
    private final ObjectMapper json;

    ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers,
                           ObjectMapper json) {
        super(errorAttributes, server.getError(), resolvers);
        this.json = json;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!isMachinePath(request)) {
            return super.errorHtml(request, response);
        }
        ProblemDetail problem = problem(request);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        try {
            json.writeValue(response.getOutputStream(), ErrorProblems.members(problem));
        } catch (IOException e) {
            // the client went away: nothing left to answer
        }
        return null; // answered: no view to render
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ErrorProblems.members(problem));
    }

    private ProblemDetail problem(HttpServletRequest request) {
        ProblemDetail problem = ErrorProblems.forStatus(getStatus(request).value());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path instanceof String uri && uri.startsWith("/")) {
            problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~%-]", "")));
        }
        return problem;
    }

    private static boolean isMachinePath(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = path instanceof String s ? s : "";
        return uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/actuator") || uri.startsWith("/v3/");
    }
}
