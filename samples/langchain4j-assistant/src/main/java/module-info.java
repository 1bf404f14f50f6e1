/**
 * A LangChain4j assistant on a local model: AiServices, a tool and retrieval. LangChain4j's jars have no module
 * names of their own, so they are automatic modules named after their files ({@code langchain4j},
 * {@code langchain4j.core}).
 */
@SuppressWarnings("requires-automatic")
module org.llamaffm.samples.assistant {
    requires org.llamaffm;
    requires org.llamaffm.langchain4j;
    requires langchain4j;
    requires langchain4j.core;
    // what the automatic modules need, since they bring in no module of their own: the adapter runs over policy
    // sessions too, and it and LangChain4j log through slf4j
    requires org.llamaffm.policy;
    requires org.slf4j;

    // AiServices implements Advisor with a proxy and calls LoanTools by reflection
    opens org.llamaffm.samples.assistant to
            langchain4j,
            langchain4j.core;
}
