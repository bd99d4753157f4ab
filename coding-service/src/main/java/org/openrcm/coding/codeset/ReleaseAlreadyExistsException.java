package org.openrcm.coding.codeset;

/** A release is imported once; a new file is a new release with its own name. */
public class ReleaseAlreadyExistsException extends RuntimeException {

    public ReleaseAlreadyExistsException(CodeSetKind kind, String name) {
        super("A " + kind.pathName() + " release named " + name + " was already imported");
    }
}
