/**
 * The llama-ffm sandbox policy layer. Uses the {@code org.llamaffm} API only: no FFM here.
 */
module org.llamaffm.policy {
    requires org.llamaffm;

    exports org.llamaffm.policy;
}
