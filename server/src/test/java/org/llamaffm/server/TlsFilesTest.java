package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS from PEM files that {@code openssl} made: a real handshake with the JDK's HTTPS server, and the messages for the
 * keys and files that cannot be used.
 */
class TlsFilesTest {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    @TempDir
    static Path temp;

    @BeforeAll
    static void certificates() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(OPENSSL), "needs " + OPENSSL);
        selfSigned("rsa", "rsa:2048");
        selfSigned("ec", "ec", "-pkeyopt", "ec_paramgen_curve:P-256");
        selfSigned("ed25519", "ed25519");
        selfSigned("rsa2", "rsa:2048");
        openssl("pkey", "-in", "rsa-key.pem", "-traditional", "-out", "rsa-pkcs1.pem");
        openssl("pkey", "-in", "ec-key.pem", "-traditional", "-out", "ec-sec1.pem");
        openssl("pkcs8", "-topk8", "-in", "rsa-key.pem", "-passout", "pass:secret", "-out", "rsa-encrypted.pem");
    }

    /** {@code name-cert.pem} and {@code name-key.pem}, for 127.0.0.1 and localhost, valid for a day. */
    private static void selfSigned(String name, String key, String... options)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("req", "-x509", "-newkey", key));
        args.addAll(List.of(options));
        args.addAll(List.of(
                "-nodes",
                "-keyout",
                name + "-key.pem",
                "-out",
                name + "-cert.pem",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost"));
        openssl(args.toArray(String[]::new));
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("openssl %s: %s", command, output).isZero();
    }

    /**
     * A GET over TLS from a client of {@code protocol} ({@code "TLS"}: the newest both sides speak) that trusts only the
     * certificate in {@code certificate} and checks that it is 127.0.0.1's: the body and the protocol spoken.
     */
    private static List<String> get(SSLContext server, Path certificate, String protocol) throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(TlsFiles.configurator(server));
        https.createContext("/hello", exchange -> {
            byte[] body = "hello over TLS".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        https.start();
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry(
                    "server",
                    CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate))));
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trusted);
            SSLContext client = SSLContext.getInstance(protocol);
            client.init(null, trust.getTrustManagers(), null);
            // HttpsURLConnection rather than java.net.http, which the module (the tests are compiled into) does not
            // read
            URL url = URI.create("https://127.0.0.1:" + https.getAddress().getPort() + "/hello")
                    .toURL();
            HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
            connection.setSSLSocketFactory(client.getSocketFactory());
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(30_000);
            try (var in = connection.getInputStream()) {
                assertThat(connection.getResponseCode()).isEqualTo(200);
                return List.of(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        connection.getSSLSession().orElseThrow().getProtocol());
            } finally {
                connection.disconnect();
            }
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anRsaCertificateAndKeyServeHttpsOverTls13() throws Exception {
        SSLContext context = TlsFiles.sslContext(temp.resolve("rsa-cert.pem"), temp.resolve("rsa-key.pem"));

        assertThat(get(context, temp.resolve("rsa-cert.pem"), "TLS")).containsExactly("hello over TLS", "TLSv1.3");
    }

    @Test
    void anEcP256CertificateAndKeyServeHttpsOverTls12Too() throws Exception {
        SSLContext context = TlsFiles.sslContext(temp.resolve("ec-cert.pem"), temp.resolve("ec-key.pem"));

        assertThat(get(context, temp.resolve("ec-cert.pem"), "TLSv1.3")).containsExactly("hello over TLS", "TLSv1.3");
        assertThat(get(context, temp.resolve("ec-cert.pem"), "TLSv1.2")).containsExactly("hello over TLS", "TLSv1.2");
    }

    @Test
    void anEd25519CertificateAndKeyServeHttps() throws Exception {
        SSLContext context = TlsFiles.sslContext(temp.resolve("ed25519-cert.pem"), temp.resolve("ed25519-key.pem"));

        assertThat(get(context, temp.resolve("ed25519-cert.pem"), "TLSv1.3"))
                .containsExactly("hello over TLS", "TLSv1.3");
    }

    @Test
    void theServerSpeaksTls13And12Only() throws Exception {
        SSLContext context = TlsFiles.sslContext(temp.resolve("ec-cert.pem"), temp.resolve("ec-key.pem"));

        assertThat(TlsFiles.parameters(context).getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    }

    @Test
    void aPkcs1OrSec1KeySaysHowToConvertIt() {
        Path pkcs1 = temp.resolve("rsa-pkcs1.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(temp.resolve("rsa-cert.pem"), pkcs1))
                .isInstanceOfSatisfying(
                        TlsFiles.TlsFileException.class,
                        e -> assertThat(e.file()).isEqualTo(pkcs1))
                .hasMessage(pkcs1 + ": the key is PKCS#1 (BEGIN RSA PRIVATE KEY), the server reads PKCS#8: convert"
                        + " it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in " + pkcs1 + " -out "
                        + temp.resolve("rsa-pkcs1-pkcs8.pem"));
        Path sec1 = temp.resolve("ec-sec1.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(temp.resolve("ec-cert.pem"), sec1))
                .hasMessage(sec1 + ": the key is SEC1 (BEGIN EC PRIVATE KEY), the server reads PKCS#8: convert"
                        + " it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in " + sec1 + " -out "
                        + temp.resolve("ec-sec1-pkcs8.pem"));
    }

    @Test
    void aConvertedKeyLoads() throws Exception {
        openssl("pkcs8", "-topk8", "-nocrypt", "-in", "rsa-pkcs1.pem", "-out", "rsa-pkcs1-pkcs8.pem");
        SSLContext context = TlsFiles.sslContext(temp.resolve("rsa-cert.pem"), temp.resolve("rsa-pkcs1-pkcs8.pem"));

        assertThat(get(context, temp.resolve("rsa-cert.pem"), "TLSv1.3")).containsExactly("hello over TLS", "TLSv1.3");
    }

    @Test
    void anEncryptedKeySaysHowToDecryptIt() {
        Path encrypted = temp.resolve("rsa-encrypted.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(temp.resolve("rsa-cert.pem"), encrypted))
                .hasMessage(encrypted + ": the key is encrypted (BEGIN ENCRYPTED PRIVATE KEY) and the server has no"
                        + " passphrase to give; decrypt it (openssl asks for the passphrase) and write it as PKCS#8"
                        + " with: openssl pkcs8 -topk8 -nocrypt -in " + encrypted + " -out "
                        + temp.resolve("rsa-encrypted-pkcs8.pem"));
    }

    @Test
    void aKeyThatIsNotTheCertificatesSaysSo() {
        Path cert = temp.resolve("rsa-cert.pem");
        Path other = temp.resolve("rsa2-key.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(cert, other))
                .hasMessage(other + ": the key does not match the certificate in " + cert
                        + " (CN=localhost): give the key the certificate was made for");
        Path ec = temp.resolve("ec-key.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(cert, ec))
                .hasMessage(ec + ": the key is EC, the public key of the certificate in " + cert
                        + " (CN=localhost) is RSA: give the key the certificate was made for");
    }

    @Test
    void aChainWhoseFirstCertificateIsNotTheServersSaysSo() throws IOException {
        Path chain = temp.resolve("ec-then-rsa.pem");
        Files.writeString(
                chain, Files.readString(temp.resolve("ec-cert.pem")) + Files.readString(temp.resolve("rsa-cert.pem")));
        Path key = temp.resolve("rsa-key.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(chain, key))
                .hasMessage(chain + ": the key in " + key + " is that of certificate 2 (CN=localhost); the"
                        + " server's own certificate must come first, then the ones that issued it");
        Path rsaThenRsa = temp.resolve("rsa2-then-rsa.pem");
        Files.writeString(
                rsaThenRsa,
                Files.readString(temp.resolve("rsa2-cert.pem")) + Files.readString(temp.resolve("rsa-cert.pem")));
        assertThatThrownBy(() -> TlsFiles.sslContext(rsaThenRsa, key))
                .hasMessage(rsaThenRsa + ": the key in " + key + " is that of certificate 2 (CN=localhost); the"
                        + " server's own certificate must come first, then the ones that issued it");
    }

    @Test
    void oneFileWithTheCertificateAndTheKeyServesAsBoth() throws Exception {
        Path both = temp.resolve("ec-both.pem");
        Files.writeString(
                both, Files.readString(temp.resolve("ec-key.pem")) + Files.readString(temp.resolve("ec-cert.pem")));
        SSLContext context = TlsFiles.sslContext(both, both);

        assertThat(get(context, temp.resolve("ec-cert.pem"), "TLSv1.3")).containsExactly("hello over TLS", "TLSv1.3");
    }

    @Test
    void aMissingSwappedOrBrokenFileSaysWhichAndWhy() throws IOException {
        Path cert = temp.resolve("rsa-cert.pem");
        Path key = temp.resolve("rsa-key.pem");
        Path missing = temp.resolve("missing.pem");
        assertThatThrownBy(() -> TlsFiles.sslContext(missing, key))
                .hasMessage(missing + ": cannot read the certificate chain: no such file");
        assertThatThrownBy(() -> TlsFiles.sslContext(cert, missing))
                .hasMessage(missing + ": cannot read the private key: no such file");
        assertThatThrownBy(() -> TlsFiles.sslContext(key, cert))
                .hasMessage(key + ": holds a private key but no certificate: are the certificate and the key swapped?");
        Path text = temp.resolve("text.pem");
        Files.writeString(text, "not PEM at all\n");
        assertThatThrownBy(() -> TlsFiles.sslContext(text, key))
                .hasMessage(text + ": not PEM (no -----BEGIN ...----- line): the certificate chain must be PEM");
        Path cut = temp.resolve("cut.pem");
        String pem = Files.readString(cert);
        Files.writeString(cut, pem.substring(0, pem.length() / 2));
        assertThatThrownBy(() -> TlsFiles.sslContext(cut, key))
                .hasMessage(cut + ": the PEM block 'CERTIFICATE' has no END line");
    }
}
