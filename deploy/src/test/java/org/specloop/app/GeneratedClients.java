package org.specloop.app;

import org.specloop.client.ApiClient;

/**
 * The client OpenAPI Generator makes from the served document (deploy/client), pointed at a running
 * SpecLoop and signed in as an integrator would: HTTP Basic for a person, X-Api-Key for a rig or lab.
 * The generated "native" client leaves authentication to a request interceptor.
 */
public final class GeneratedClients {
    private GeneratedClients() {
    }

    public static ApiClient as(int port, TestUsers user) {
        ApiClient client = at(port);
        client.setRequestInterceptor(request -> user.basic().forEach((name, values) -> request.header(name, values.get(0))));
        return client;
    }

    public static ApiClient withApiKey(int port, String key) {
        ApiClient client = at(port);
        client.setRequestInterceptor(request -> request.header("X-Api-Key", key));
        return client;
    }

    private static ApiClient at(int port) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        return client;
    }
}
