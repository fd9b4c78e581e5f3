package fr.guichet.welcome.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HousingType", description = "CO_LIVING: a shared house for interns; MUNICIPAL: housing of a commune; "
        + "HOST_FAMILY: a room with a family")
public enum HousingType {
    CO_LIVING, MUNICIPAL, HOST_FAMILY
}
