/** The smallest llama-ffm program: load a model, sample a continuation, print it as it streams. */
module org.llamaffm.samples.hello {
    requires org.llamaffm;
}
