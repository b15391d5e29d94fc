package org.specloop.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.time.Clock;
import java.util.List;

/**
 * One filter chain for people and machines. People use the workspace through a form log-in
 * (session cookie, CSRF token on every change) or call the API with HTTP Basic; production API
 * clients bring a JWT; rigs and labs an X-Api-Key. Requests that authenticate themselves with a
 * header cannot be forged cross-site, so CSRF is only checked for the cookie-based session.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** More people than any plant signs in with a password; API clients of production bring JWTs. */
    private static final int VERIFIED_PASSWORDS_KEPT = 10_000;

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(SecuritySettings settings) {
        List<UserDetails> users = settings.users().stream().map(user -> User.withUsername(user.name())
                .password(user.passwordHash()).roles(user.roles().toArray(String[]::new)).build()).toList();
        if (users.isEmpty() && !settings.jwt().enabled()) {
            log.warn("no users (specloop.security.users) and no JWT issuer configured: nobody can sign in");
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, ObjectMapper json,
                                                   UserDetailsService users, PasswordEncoder passwords,
                                                   ObjectProvider<JwtDecoder> jwtDecoder, Clock clock) throws Exception {
        ProblemWriter problems = new ProblemWriter(json);
        ProblemAuthenticationEntryPoint apiRefusals = new ProblemAuthenticationEntryPoint(problems,
                settings.jwt().enabled() ? "Bearer" : "Basic realm=\"SpecLoop\"");
        RequestMatcher machineRequest = SecurityConfiguration::isMachineRequest;
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(passwords);
        passwordCheck.setUserDetailsService(users);
        http.authenticationManager(new ProviderManager(new VerifiedPasswords(passwordCheck, settings.verifiedPasswordTtl(),
                        VERIFIED_PASSWORDS_KEPT, clock)))
                .authorizeHttpRequests(EndpointRules::apply)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/ui/inbox", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiRefusals))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::authenticatesByHeader))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(apiRefusals, machineRequest)
                        .defaultAccessDeniedHandlerFor(apiRefusals, request -> true))
                .addFilterBefore(new ApiKeyAuthenticationFilter(settings.apiKeys(), problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new SigningReauthenticationFilter(
                        new SignerCheck(users, passwords, settings.signingMaxAuthAge(), clock), problems, json),
                        AuthorizationFilter.class);
        // the settings switch bearer tokens on, not the mere presence of a decoder: Spring Boot's authorization
        // server auto-configuration (the tests' identity provider is on the test classpath) brings one of its own
        JwtDecoder decoder = settings.jwt().enabled() ? jwtDecoder.getIfAvailable() : null;
        if (decoder != null) {
            JwtRoles roles = new JwtRoles(settings.jwt().rolesClaim(), settings.jwt().principalClaim());
            // a manager of its own: the chain's (passwords, above) has no provider for bearer tokens
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(roles);
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(apiRefusals)
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens))));
        }
        return http.build();
    }

    /**
     * Requests the firewall refuses (encoded dots or slashes in the path, as in /api/lots/%2e%2e; a
     * semicolon; a header value with control characters) get a 400 problem like any other bad request.
     */
    @Bean
    public RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper json) {
        ProblemWriter problems = new ProblemWriter(json);
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST, "rejected-request",
                "The request was refused before it reached the API",
                "the path or a header holds characters that are not allowed (encoded dots or slashes, semicolons, "
                        + "control characters); nothing was done");
    }

    /** API, actuator and OpenAPI callers get 401 problem+json; browsers on the UI are sent to the log-in page. */
    static boolean isMachineRequest(HttpServletRequest request) {
        String path = SigningPaths.path(request);
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
                || "true".equals(request.getHeader("HX-Request"));
    }

    static boolean authenticatesByHeader(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null;
    }
}
