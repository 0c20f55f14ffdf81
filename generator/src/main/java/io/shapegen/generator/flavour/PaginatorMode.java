package io.shapegen.generator.flavour;

/** Where paginators come from. */
public enum PaginatorMode {
    /** Only the paginators file; none without one. */
    FILE,
    /** Inferred from operations whose input and output carry a next-token member. */
    INFERRED,
    /** No paginators. */
    OFF
}
