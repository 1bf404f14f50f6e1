/** The llama-ffm command: run, chat, embed, bench, inspect, synthetic, serve, system. */
module org.llamaffm.cli {
    requires org.llamaffm;
    requires org.llamaffm.policy;
    requires org.llamaffm.server;
    requires org.llamaffm.gguf;
    requires java.logging;
    requires org.llamaffm.testkit;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C stops a chat answer, not the program

    opens org.llamaffm.cli to
            info.picocli;
}
