package org.openrcm.plumbing.web;

/**
 * The one paging rule of every list endpoint: {@code page} from 0 to {@link #MAX_PAGE}, {@code size} from 1 to
 * {@link #MAX_SIZE}, so {@code page * size} always fits an int offset; a value outside is a 400 problem, never a 500.
 */
public final class Paging {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 500;

    private Paging() {
    }
}
