/**
 * Fixtures for tests, benchmarks and demos (see the module documentation). Nothing is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm.testkit;

import org.jspecify.annotations.NullMarked;
