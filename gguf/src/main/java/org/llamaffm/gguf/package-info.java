/**
 * GGUF files: {@link org.llamaffm.gguf.Gguf#read} reads the header, the metadata and the tensor table
 * within {@link org.llamaffm.gguf.Gguf.Limits}, {@link org.llamaffm.gguf.Gguf#writer} writes new files.
 * Nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm.gguf;

import org.jspecify.annotations.NullMarked;
