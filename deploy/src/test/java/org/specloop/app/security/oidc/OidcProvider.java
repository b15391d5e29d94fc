package org.specloop.app.security.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in a context and embedded
 * Tomcat of its own on a random loopback port, with discovery (/.well-known/openid-configuration),
 * its JWKS and a token endpoint that hands out signed access tokens to registered clients
 * (client_credentials). Each client's access token carries the claims SpecLoop reads the way
 * Keycloak puts them: realm roles under realm_access.roles, the user name in preferred_username,
 * and the audience the client was registered with.
 */
public final class OidcProvider implements AutoCloseable {
    private static final String ROLES = "specloop.test.roles";
    private static final String USERNAME = "specloop.test.username";
    private static final String AUDIENCE = "specloop.test.audience";
    private static final String PROVIDER_CONTEXT = "specloop.test.oidc-provider";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final List<Client> clients;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * A client of the provider and what its tokens say.
     *
     * @param id       client id, also the token's sub
     * @param username preferred_username, or null for a machine that is known by its client id
     * @param roles    realm roles, as the identity provider spells them
     * @param audience the aud of its access tokens
     * @param ttl      how long its access tokens live
     */
    public record Client(String id, String username, List<String> roles, String audience, Duration ttl) {
        public String secret() {
            return id + "-secret";
        }
    }

    private OidcProvider(AnnotationConfigServletWebServerApplicationContext context, List<Client> clients) {
        this.context = context;
        this.clients = clients;
    }

    /** Starts a provider with a signing key of its own. */
    public static OidcProvider start(List<Client> clients) {
        return start(newSigningKey(), clients);
    }

    /** Starts a provider that signs with the given key: two issuers with one key tell the issuer check from the signature check. */
    public static OidcProvider start(RSAKey signingKey, List<Client> clients) {
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oidc-provider",
                Map.of(PROVIDER_CONTEXT, "true")));
        context.register(ProviderConfiguration.class);
        context.registerBean(RegisteredClientRepository.class, () -> new InMemoryRegisteredClientRepository(
                clients.stream().map(OidcProvider::registered).toList()));
        JWKSource<SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(signingKey));
        context.registerBean("jwkSource", JWKSource.class, () -> keys);
        // the OpenID Connect user info endpoint reads the provider's own tokens
        context.registerBean(JwtDecoder.class, () -> OAuth2AuthorizationServerConfiguration.jwtDecoder(keys));
        context.refresh();
        return new OidcProvider(context, List.copyOf(clients));
    }

    public static RSAKey newSigningKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer as its discovery document and tokens name it: the URL the provider is reached at. */
    public String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** An access token for the client, from the token endpoint as any OAuth client gets one. */
    public String accessToken(String clientId) {
        Client client = clients.stream().filter(c -> c.id().equals(clientId)).findFirst().orElseThrow();
        String basic = Base64.getEncoder().encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        JsonNode answer = send(request);
        return answer.path("access_token").asText();
    }

    /** The discovery document, as a resource server reads it. */
    public JsonNode discovery() {
        return send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).GET().build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private static RegisteredClient registered(Client client) {
        ClientSettings.Builder settings = ClientSettings.builder().setting(ROLES, List.copyOf(client.roles()))
                .setting(AUDIENCE, client.audience());
        if (client.username() != null) {
            settings.setting(USERNAME, client.username());
        }
        return RegisteredClient.withId(client.id()).clientId(client.id()).clientSecret("{noop}" + client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(client.ttl()).build())
                .build();
    }

    /**
     * Only in the provider's own context: the application scans all of org.specloop, test classes included
     * when a test starts it without Spring Boot's test support (ingest's IngestApp), and must not become
     * an authorization server.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(PROVIDER_CONTEXT)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setAddress(InetAddress.getLoopbackAddress());
            // the provider's endpoints are filters; Tomcat only runs filters for a request some servlet maps
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        @Bean
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, authorization -> authorization.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
            return http.build();
        }

        /** No issuer set: it is the URL a request reached the provider at, so the random port needs no configuration. */
        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> specloopClaims() {
            return token -> {
                if (!OAuth2TokenType.ACCESS_TOKEN.equals(token.getTokenType())) {
                    return;
                }
                ClientSettings settings = token.getRegisteredClient().getClientSettings();
                token.getClaims().audience(List.of((String) settings.getSetting(AUDIENCE)))
                        .claim("realm_access", Map.of("roles", settings.<List<String>>getSetting(ROLES)));
                String username = settings.getSetting(USERNAME);
                if (username != null) {
                    token.getClaims().claim("preferred_username", username);
                }
            };
        }
    }
}
