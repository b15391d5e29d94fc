package org.specloop.command.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * specloop.requalification.*: which evidence a requalification asks for (docs/sourcing.md).
 *
 * @param templatesLocation a JSON document of requalification templates, as a Spring resource
 *                          (file:/path/templates.json, classpath:...); unset, the templates shipped with SpecLoop
 */
@ConfigurationProperties("specloop.requalification")
public record RequalificationProperties(String templatesLocation) {
}
