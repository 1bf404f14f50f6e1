/**
 * Chat on llama.cpp's own chat engine (common/chat.cpp): {@link org.llamaffm.chat.Chat} keeps a
 * conversation in a context and renders it with the model's template ({@link org.llamaffm.chat.ChatTemplate},
 * Jinja, checked before llama.cpp's engine sees it); tools ({@link org.llamaffm.chat.ChatTool}) and their
 * calls ({@link org.llamaffm.chat.ToolCall}) in the model family's format; JSON Schema and grammar
 * constrained answers ({@link org.llamaffm.chat.ChatOptions}). Its errors are
 * {@link org.llamaffm.ChatException} and {@link org.llamaffm.ChatInputException}, in the root package with
 * the rest of the {@link org.llamaffm.LlamaException} family.
 *
 * <p>Nothing in this package is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.llamaffm.chat;

import org.jspecify.annotations.NullMarked;
