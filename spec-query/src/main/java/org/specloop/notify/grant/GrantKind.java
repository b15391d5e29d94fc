package org.specloop.notify.grant;

/** What a grant names: a part number, or a specification id (which covers that specification's news). */
public enum GrantKind {
    PART,
    SPECIFICATION
}
