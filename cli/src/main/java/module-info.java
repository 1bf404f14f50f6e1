/** The llama-ffm command: run, bench, inspect. */
module org.llamaffm.cli {
    requires org.llamaffm;
    requires org.llamaffm.policy;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    opens org.llamaffm.cli to info.picocli;
}
