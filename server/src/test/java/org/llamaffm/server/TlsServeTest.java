package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --tls-cert}/{@code --tls-key}: the server speaks HTTPS only, with the certificate it was given. */
class TlsServeTest {

    @TempDir
    static Path temp;

    @Test
    void theServerSpeaksHttpsWithItsCertificate() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        Assumptions.assumeTrue(Files.isExecutable(openssl), "needs openssl to make a certificate");
        Process make = new ProcessBuilder(
                        openssl.toString(),
                        "req",
                        "-x509",
                        "-newkey",
                        "ec",
                        "-pkeyopt",
                        "ec_paramgen_curve:P-256",
                        "-nodes",
                        "-keyout",
                        "key.pem",
                        "-out",
                        "cert.pem",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=localhost",
                        "-addext",
                        "subjectAltName=IP:127.0.0.1")
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .start();
        make.getInputStream().readAllBytes();
        assertThat(make.waitFor(60, TimeUnit.SECONDS)).isTrue();
        SSLContext tls = TlsFiles.sslContext(temp.resolve("cert.pem"), temp.resolve("key.pem"));

        TestServer.Models models = TestServer.Models.write(temp);
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.builder = b -> b.tls(tls);
        })) {
            URI https = URI.create("https://127.0.0.1:" + server.server.port() + "/v1/models");
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(trusting(temp.resolve("cert.pem")))
                    .build();
            HttpResponse<String> models200 = trusting.send(
                    HttpRequest.newBuilder(https)
                            .header("Authorization", "Bearer sk-bob")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(models200.statusCode()).isEqualTo(200);
            assertThat(models200.body()).contains("\"id\":\"chat\"");

            // a client that does not trust the certificate gets no answer
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(HttpRequest.newBuilder(https).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
            // plain HTTP on the HTTPS port gets no answer either
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create("http://127.0.0.1:" + server.server.port() + "/health"))
                                            .timeout(java.time.Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
