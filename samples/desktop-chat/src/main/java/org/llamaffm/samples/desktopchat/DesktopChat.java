package org.llamaffm.samples.desktopchat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A chat application for a local GGUF model: {@code DesktopChat [model.gguf]}. The model given is
 * put in the picker (with its memory estimate); Load loads it.
 */
public final class DesktopChat extends Application {

    private ChatWindow window;

    public static void main(String[] args) {
        launch(DesktopChat.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        window = new ChatWindow(args.isEmpty() ? null : Path.of(args.getFirst()));
        stage.setTitle("llama-ffm desktop chat");
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
