// Chat templates, tool-call parsing and JSON Schema to GBNF: C-ABI wrappers over llama.cpp's
// common library (chat.h, json-schema-to-grammar.h). See llama_ffm_shim.h for the contract.
#include "llama_ffm_shim.h"

#include "chat.h"
#include "json-schema-to-grammar.h"
#include "json.h"
#include "log.h"

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iomanip>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

struct llama_ffm_chat_templates {
    common_chat_templates_ptr templates;
};

namespace {

char * copy_string(const std::string & text) {
    char * copy = static_cast<char *>(std::malloc(text.size() + 1));
    if (copy != nullptr) {
        std::memcpy(copy, text.data(), text.size() + 1);
    }
    return copy;
}

void set_error(char ** error, const std::string & message) {
    if (error != nullptr) {
        *error = copy_string(message.empty() ? std::string("unknown error") : message);
    }
}

// common's log writes to stdout/stderr from a worker thread and cannot be redirected: it is
// discarded (what goes wrong reaches the caller as an error message; llama.cpp's own log, which
// llama-ffm routes to Java, is not affected).
void quiet_common_log() {
    static std::once_flag once;
    std::call_once(once, [] { common_log_pause(common_log_main()); });
}

// Runs `body`, turning any C++ exception into a NULL result and an error message.
template <typename T, typename F> T * guarded(char ** error, F && body) {
    if (error != nullptr) {
        *error = nullptr;
    }
    quiet_common_log();
    try {
        return body();
    } catch (const std::exception & e) {
        set_error(error, e.what());
    } catch (...) {
        set_error(error, "unknown C++ exception");
    }
    return nullptr;
}

std::string string_or_empty(const char * text) { return text == nullptr ? std::string() : std::string(text); }

common_json parse_object(const char * text, const char * what) {
    if (text == nullptr) {
        throw std::invalid_argument(std::string(what) + " is NULL");
    }
    common_json value = common_json::parse(text);
    if (!value.is_object()) {
        throw std::invalid_argument(std::string(what) + " must be a JSON object");
    }
    return value;
}

}  // namespace

extern "C" {

void llama_ffm_string_free(char * text) { std::free(text); }

llama_ffm_chat_templates * llama_ffm_chat_templates_init(const llama_model * model, const char * template_source,
                                                          const char * bos_token, const char * eos_token,
                                                          char ** error) {
    return guarded<llama_ffm_chat_templates>(error, [&]() {
        std::string source = string_or_empty(template_source);
        if (source.empty() && model == nullptr) {
            throw std::invalid_argument("a model or a template source is needed");
        }
        auto templates = common_chat_templates_init(model, source, string_or_empty(bos_token),
                                                    string_or_empty(eos_token));
        return new llama_ffm_chat_templates{ std::move(templates) };
    });
}

void llama_ffm_chat_templates_free(llama_ffm_chat_templates * templates) { delete templates; }

char * llama_ffm_chat_templates_source(const llama_ffm_chat_templates * templates, const char * variant,
                                       char ** error) {
    return guarded<char>(error, [&]() {
        if (templates == nullptr) {
            throw std::invalid_argument("templates is NULL");
        }
        return copy_string(common_chat_templates_source(templates->templates.get(), string_or_empty(variant)));
    });
}

// As common formats the dates it gives templates: local time, the stream's (classic) locale.
static std::string format_local_time(std::time_t time, const char * format) {
    const std::tm local = *std::localtime(&time);
    std::ostringstream out;
    out << std::put_time(&local, format);
    return out.str();
}

char * llama_ffm_chat_apply(const llama_ffm_chat_templates * templates, const char * request_json, char ** error) {
    return guarded<char>(error, [&]() {
        if (templates == nullptr) {
            throw std::invalid_argument("templates is NULL");
        }
        const common_json request = parse_object(request_json, "request");

        common_chat_templates_inputs inputs;
        inputs.use_jinja = true;
        inputs.messages  = common_chat_msgs_parse_oaicompat(request.at("messages"));
        if (request.contains("tools")) {
            inputs.tools = common_chat_tools_parse_oaicompat(request.at("tools"));
        }
        inputs.tool_choice = common_chat_tool_choice_parse_oaicompat(request.value("tool_choice", std::string("auto")));
        inputs.parallel_tool_calls   = request.value("parallel_tool_calls", false);
        inputs.add_generation_prompt = request.value("add_generation_prompt", true);
        inputs.enable_thinking       = request.value("enable_thinking", true);
        inputs.reasoning_format =
            common_reasoning_format_from_name(request.value("reasoning_format", std::string("none")));
        if (request.contains("json_schema")) {
            inputs.json_schema = request.at("json_schema").dump();
        }
        inputs.grammar = request.value("grammar", std::string());
        if (request.contains("now")) {
            inputs.now = std::chrono::system_clock::time_point(std::chrono::seconds(request.at("now").get<int64_t>()));
        }
        if (request.contains("chat_template_kwargs")) {
            const common_json & kwargs = request.at("chat_template_kwargs");
            for (const auto & item : kwargs.items()) {
                inputs.chat_template_kwargs[item.key()] = item.value().dump();
            }
        }
        if (request.contains("now")) {
            // common gives templates today's date as date_string and datetime (common_chat_extra_context),
            // formatted from the clock rather than from inputs.now: a fixed date is handed over the same
            // way, in the same formats, unless the caller set those variables itself
            const std::time_t now = std::chrono::system_clock::to_time_t(inputs.now);
            inputs.chat_template_kwargs.emplace("date_string", common_json(format_local_time(now, "%d %b %Y")).dump());
            inputs.chat_template_kwargs.emplace("datetime", common_json(format_local_time(now, "%b %d %Y")).dump());
        }

        const common_chat_params params = common_chat_templates_apply(templates->templates.get(), inputs);

        common_json triggers = common_json::array();
        for (const auto & trigger : params.grammar_triggers) {
            triggers.push_back({
                { "type", (int) trigger.type },
                { "value", trigger.value },
                { "token", (int) trigger.token },
            });
        }
        common_json result = {
            { "prompt", params.prompt },
            { "format", (int) params.format },
            { "format_name", common_chat_format_name(params.format) },
            { "grammar", params.grammar },
            { "grammar_lazy", params.grammar_lazy },
            { "grammar_triggers", triggers },
            { "preserved_tokens", params.preserved_tokens },
            { "additional_stops", params.additional_stops },
            { "generation_prompt", params.generation_prompt },
            { "supports_thinking", params.supports_thinking },
            { "thinking_start_tag", params.thinking_start_tag },
            { "thinking_end_tags", params.thinking_end_tags },
            { "parser", params.parser },
        };
        return copy_string(result.dump());
    });
}

char * llama_ffm_chat_parse(const char * text, bool partial, const char * params_json, char ** error) {
    return guarded<char>(error, [&]() {
        if (text == nullptr) {
            throw std::invalid_argument("text is NULL");
        }
        const common_json json = parse_object(params_json, "params");

        common_chat_parser_params params;
        const int format = json.value("format", 0);
        if (format < 0 || format >= COMMON_CHAT_FORMAT_COUNT) {
            throw std::invalid_argument("unknown chat format " + std::to_string(format));
        }
        params.format            = static_cast<common_chat_format>(format);
        params.generation_prompt = json.value("generation_prompt", std::string());
        params.reasoning_format =
            common_reasoning_format_from_name(json.value("reasoning_format", std::string("none")));
        params.parse_tool_calls = json.value("parse_tool_calls", true);
        const std::string parser = json.value("parser", std::string());
        if (!parser.empty()) {
            params.parser.load(parser);
        }

        const common_chat_msg message = common_chat_parse(text, partial, params);
        return copy_string(message.to_json_oaicompat().dump());
    });
}

llama_sampler * llama_ffm_chat_grammar_sampler(const llama_vocab * vocab, const char * chat_json, size_t max_stacks,
                                               char ** error) {
    return guarded<llama_sampler>(error, [&]() -> llama_sampler * {
        if (vocab == nullptr) {
            throw std::invalid_argument("vocab is NULL");
        }
        const common_json chat    = parse_object(chat_json, "chat");
        const std::string grammar = chat.value("grammar", std::string());
        if (grammar.empty()) {
            return nullptr;
        }
        // The trigger kinds, as common_sampler_init (common/sampling.cpp) turns them into patterns and tokens.
        std::vector<std::string> patterns;
        std::vector<llama_token> tokens;
        if (chat.contains("grammar_triggers")) {
            for (const auto & trigger : chat.at("grammar_triggers")) {
                const std::string value = trigger.value("value", std::string());
                switch (static_cast<common_grammar_trigger_type>(trigger.value("type", -1))) {
                    case COMMON_GRAMMAR_TRIGGER_TYPE_TOKEN:
                        tokens.push_back(trigger.value("token", (int) LLAMA_TOKEN_NULL));
                        break;
                    case COMMON_GRAMMAR_TRIGGER_TYPE_WORD:
                        patterns.push_back(regex_escape(value));
                        break;
                    case COMMON_GRAMMAR_TRIGGER_TYPE_PATTERN:
                        patterns.push_back(value);
                        break;
                    case COMMON_GRAMMAR_TRIGGER_TYPE_PATTERN_FULL:
                        patterns.push_back(value.empty() ? "^$" :
                                           (value.front() != '^' ? "^" : "") + value + (value.back() != '$' ? "$" : ""));
                        break;
                    default:
                        throw std::invalid_argument("unknown grammar trigger type in " + trigger.dump());
                }
            }
        }
        const int n_vocab = llama_vocab_n_tokens(vocab);
        for (llama_token token : tokens) {
            if (token < 0 || token >= n_vocab) {
                throw std::invalid_argument("grammar trigger token " + std::to_string(token) + " is not in the vocab");
            }
        }
        std::vector<const char *> pattern_pointers;
        for (const auto & pattern : patterns) {
            pattern_pointers.push_back(pattern.c_str());
        }
        const bool      lazy    = chat.value("grammar_lazy", false);
        llama_sampler * sampler = llama_ffm_sampler_init_grammar_bounded(
            vocab, grammar.c_str(), "root", lazy, lazy ? pattern_pointers.data() : nullptr,
            lazy ? pattern_pointers.size() : 0, lazy ? tokens.data() : nullptr, lazy ? tokens.size() : 0, max_stacks);
        if (sampler == nullptr) {
            throw std::invalid_argument("llama.cpp could not parse the chat's grammar");
        }
        // A chat grammar starts where the template's generation prompt ends (common_sampler_init's prefill).
        const std::string generation_prompt = chat.value("generation_prompt", std::string());
        try {
            if (!chat.value("grammar_lazy", false) && !generation_prompt.empty()) {
                const auto prefill = common_tokenize(vocab, generation_prompt, false, true);
                for (size_t i = 0; i < prefill.size(); i++) {
                    const std::string piece = common_token_to_piece(vocab, prefill[i], true);
                    if (i == 0 && !piece.empty() && std::isspace((unsigned char) piece[0]) &&
                        !std::isspace((unsigned char) generation_prompt[0])) {
                        continue;  // a space some tokenizers put before the first special token
                    }
                    llama_sampler_accept(sampler, prefill[i]);
                }
            }
        } catch (...) {
            llama_sampler_free(sampler);
            throw;
        }
        return sampler;
    });
}

char * llama_ffm_json_schema_to_grammar(const char * schema_json, char ** error) {
    return guarded<char>(error, [&]() {
        if (schema_json == nullptr) {
            throw std::invalid_argument("schema is NULL");
        }
        return copy_string(json_schema_to_grammar(common_json::parse(schema_json)));
    });
}

}  // extern "C"
