package org.specloop.app.notify;

import org.specloop.app.GeneratedClients;
import org.specloop.app.TestUsers;
import org.specloop.client.ApiException;
import org.specloop.client.api.AdminApi;
import org.specloop.client.api.NotificationsApi;
import org.specloop.client.api.SpecificationsApi;
import org.specloop.client.model.ApprovalRequest;
import org.specloop.client.model.ChannelRequest;
import org.specloop.client.model.CreateSpecificationRequest;
import org.specloop.client.model.GrantRequest;
import org.specloop.client.model.Limit;
import org.specloop.client.model.QuantityInput;
import org.specloop.client.model.SubscriptionRequest;
import org.specloop.client.model.SubscriptionView;

import java.util.List;
import java.util.UUID;

/**
 * What the OEM kit tests do through the API, with the generated client as the people involved would: an
 * administrator grants the OEM a specification, the OEM subscribes to it, and quality engineers create,
 * propose and approve (four eyes, re-authenticated) its first revision, which SpecLoop notifies as
 * {@code org.specloop.spec.revision.approved.v1} and, once it takes effect, {@code ...effective.v1}.
 */
final class OemKitScenario {
    static final List<String> TYPES = List.of("org.specloop.spec.revision.approved.v1",
            "org.specloop.spec.revision.effective.v1");

    final int port;
    final String specification = "SPEC-KIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String part = "PN-" + specification;

    OemKitScenario(int port) {
        this.port = port;
    }

    SubscriptionView grantAndSubscribe(ChannelRequest channel) throws ApiException {
        new AdminApi(GeneratedClients.as(port, TestUsers.ADMIN)).grantToOem(TestUsers.OEM.username,
                new GrantRequest().specificationIds(List.of(specification)).reason("OEM kit test"));
        return oem().subscribe(new SubscriptionRequest().specificationIds(List.of(specification)).eventTypes(TYPES)
                .channel(channel));
    }

    void approveTheFirstRevision() throws ApiException {
        new SpecificationsApi(GeneratedClients.as(port, TestUsers.ALICE)).createSpecification(
                new CreateSpecificationRequest().specificationId(specification).partNumber(part).grade("42SH")
                        .title("OEM kit rotor magnet").maxWorkingTemperature(new QuantityInput().value(150.0).unit("degC"))
                        .characteristics(List.of(new Limit().characteristic("HcJ")
                                .min(new QuantityInput().value(1592.0).unit("kA/m"))
                                .testTemperature(new QuantityInput().value(20.0).unit("degC")))));
        new SpecificationsApi(GeneratedClients.as(port, TestUsers.ALICE)).proposeRevision(specification, 1);
        new SpecificationsApi(GeneratedClients.as(port, TestUsers.BOB)).approveRevision(specification, 1,
                new ApprovalRequest().reason("OEM kit test").signatureMeaning("APPROVED").password(TestUsers.BOB.password));
    }

    NotificationsApi oem() {
        return new NotificationsApi(GeneratedClients.as(port, TestUsers.OEM));
    }
}
