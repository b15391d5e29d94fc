package org.specloop.command.axon;

import org.specloop.command.motordesign.MagnetSpecs;
import org.specloop.contracts.specification.SpecificationCreated;
import org.springframework.stereotype.Component;

/** A specification exists when its stream begins with SpecificationCreated (see CreationEvents). */
@Component
class StoredSpecifications implements MagnetSpecs {
    private final CreationEvents creations;

    StoredSpecifications(CreationEvents creations) {
        this.creations = creations;
    }

    @Override
    public boolean exists(String specificationId) {
        return creations.of(specificationId).filter(SpecificationCreated.class::isInstance).isPresent();
    }
}
