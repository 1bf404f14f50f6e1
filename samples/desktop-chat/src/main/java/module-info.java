/** A JavaFX chat application for a local GGUF model, on llama-ffm. */
module org.llamaffm.samples.desktopchat {
    requires javafx.controls;
    requires org.llamaffm;
    requires static org.jspecify;

    // JavaFX's launcher creates the Application subclass reflectively
    exports org.llamaffm.samples.desktopchat to
            javafx.graphics;
}
