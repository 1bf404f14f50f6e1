package org.llamaffm.server;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * TLS from the PEM files most tools write ({@code llama-ffm serve --tls-cert cert.pem --tls-key key.pem}): a
 * certificate chain, the server's own certificate first, and its private key in PKCS#8. Every problem is an
 * {@link TlsFileException} that names the file and says what to do, e.g. the {@code openssl} command that converts a
 * key to PKCS#8.
 *
 * <pre>{@code
 * SSLContext tls = TlsFiles.sslContext(Path.of("cert.pem"), Path.of("key.pem"));
 * HttpsServer server = HttpsServer.create(new InetSocketAddress(8443), 0);
 * server.setHttpsConfigurator(TlsFiles.configurator(tls)); // TLSv1.3 and TLSv1.2 only
 * }</pre>
 */
public final class TlsFiles {

    /** The protocols a server made with {@link #configurator(SSLContext)} speaks, the newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");

    private TlsFiles() {}

    /**
     * A server's TLS context from a PEM certificate chain and the PEM PKCS#8 private key of its first certificate
     * (RSA, EC or Ed25519). Restrict it to {@link #PROTOCOLS} with {@link #parameters(SSLContext)} or
     * {@link #configurator(SSLContext)}.
     *
     * @throws TlsFileException when a file is missing or unreadable, is not PEM of the right kind, holds a key in
     *                          another form than PKCS#8 (the message says how to convert it), or when the key is not
     *                          the first certificate's
     */
    public static SSLContext sslContext(Path certificateChainPem, Path privateKeyPem) {
        List<X509Certificate> chain = certificates(certificateChainPem);
        X509Certificate own = chain.getFirst();
        PrivateKey key = privateKey(privateKeyPem, own.getPublicKey().getAlgorithm());
        if (!pair(key, own.getPublicKey())) {
            for (int i = 1; i < chain.size(); i++) {
                if (pair(key, chain.get(i).getPublicKey())) {
                    throw new TlsFileException(
                            certificateChainPem,
                            "the key in " + privateKeyPem + " is that of certificate " + (i + 1) + " ("
                                    + chain.get(i).getSubjectX500Principal().getName()
                                    + "); the server's own certificate must come first, then the ones that issued it");
                }
            }
            String algorithm = own.getPublicKey().getAlgorithm();
            String certificate =
                    certificateChainPem + " (" + own.getSubjectX500Principal().getName() + ")";
            throw new TlsFileException(
                    privateKeyPem,
                    key.getAlgorithm().equals(algorithm)
                            ? "the key does not match the certificate in " + certificate
                                    + ": give the key the certificate was made for"
                            : "the key is " + key.getAlgorithm() + ", the public key of the certificate in "
                                    + certificate + " is " + algorithm + ": give the key the certificate was made for");
        }
        try {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            char[] password = HexFormat.of().formatHex(random).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12"); // in memory only: the password never leaves this method
            store.load(null, null);
            store.setKeyEntry("server", key, password, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX");
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsFileException(privateKeyPem, "the JDK cannot use this key and certificate: " + e);
        }
    }

    /**
     * {@code context}'s default parameters, its protocols restricted to {@link #PROTOCOLS} (those of them it
     * supports).
     */
    public static SSLParameters parameters(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        Set<String> supported = Set.of(context.getSupportedSSLParameters().getProtocols());
        parameters.setProtocols(PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
        return parameters;
    }

    /** An {@code HttpsServer}'s configurator over {@code context} that applies {@link #parameters(SSLContext)}. */
    public static HttpsConfigurator configurator(SSLContext context) {
        return new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                params.setSSLParameters(parameters(getSSLContext()));
            }
        };
    }

    private static List<X509Certificate> certificates(Path file) {
        List<Block> blocks = blocks(file, "certificate chain");
        List<X509Certificate> chain = new ArrayList<>();
        CertificateFactory x509;
        try {
            x509 = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new AssertionError("every JDK has X.509", e);
        }
        for (Block block : blocks) {
            if (!block.label().equals("CERTIFICATE")) {
                continue; // e.g. the key, in a file that holds both
            }
            try {
                chain.add((X509Certificate) x509.generateCertificate(new ByteArrayInputStream(block.der(file))));
            } catch (CertificateException e) {
                throw new TlsFileException(
                        file, "certificate " + (chain.size() + 1) + " is not X.509: " + e.getMessage());
            }
        }
        if (chain.isEmpty()) {
            boolean key = blocks.stream().anyMatch(b -> b.label().endsWith("PRIVATE KEY"));
            throw new TlsFileException(
                    file,
                    key
                            ? "holds a private key but no certificate: are the certificate and the key swapped?"
                            : "no certificate: a certificate chain is PEM, -----BEGIN CERTIFICATE----- blocks, the"
                                    + " server's own first");
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file, String expected) {
        List<Block> blocks = blocks(file, "private key");
        String convert =
                "convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in " + file + " -out " + pkcs8Name(file);
        Block pkcs8 = null;
        for (Block block : blocks) {
            switch (block.label()) {
                case "PRIVATE KEY" -> {
                    if (pkcs8 != null) {
                        throw new TlsFileException(file, "holds more than one private key; give only the server's");
                    }
                    pkcs8 = block;
                }
                case "RSA PRIVATE KEY" ->
                    throw new TlsFileException(
                            file, "the key is PKCS#1 (BEGIN RSA PRIVATE KEY), the server reads PKCS#8: " + convert);
                case "EC PRIVATE KEY" ->
                    throw new TlsFileException(
                            file, "the key is SEC1 (BEGIN EC PRIVATE KEY), the server reads PKCS#8: " + convert);
                case "ENCRYPTED PRIVATE KEY" ->
                    throw new TlsFileException(
                            file,
                            "the key is encrypted (BEGIN ENCRYPTED PRIVATE KEY) and the server has no passphrase"
                                    + " to give; decrypt it (openssl asks for the passphrase) and "
                                    + convert.replace("convert it to", "write it as"));
                default -> {
                    // e.g. the certificate, in a file that holds both
                }
            }
        }
        if (pkcs8 == null) {
            throw new TlsFileException(
                    file,
                    blocks.stream().anyMatch(b -> b.label().equals("CERTIFICATE"))
                            ? "holds a certificate but no private key: are the certificate and the key swapped?"
                            : "no private key: the server reads PKCS#8 PEM, -----BEGIN PRIVATE KEY-----");
        }
        byte[] der = pkcs8.der(file);
        Set<String> algorithms = new LinkedHashSet<>();
        algorithms.add(expected);
        algorithms.addAll(KEY_ALGORITHMS);
        String problem = null;
        for (String algorithm : algorithms) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (InvalidKeySpecException e) {
                problem = problem != null ? problem : e.getMessage();
            } catch (NoSuchAlgorithmException e) {
                // an algorithm this JDK lacks cannot be the key's
            }
        }
        throw new TlsFileException(file, "not a PKCS#8 private key the JDK can read (RSA, EC, Ed25519): " + problem);
    }

    private static String pkcs8Name(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-pkcs8.pem")
                .toString();
    }

    /** Whether {@code key} is the private half of {@code certified}. */
    private static boolean pair(PrivateKey key, PublicKey certified) {
        if (key instanceof RSAPrivateKey rsa && certified instanceof RSAPublicKey pub) {
            return rsa.getModulus().equals(pub.getModulus())
                    && (!(key instanceof RSAPrivateCrtKey crt)
                            || crt.getPublicExponent().equals(pub.getPublicExponent()));
        }
        String algorithm = key instanceof ECPrivateKey
                ? "SHA256withECDSA"
                : key instanceof EdECPrivateKey ? key.getAlgorithm() : "SHA256with" + key.getAlgorithm();
        try {
            byte[] data = "llama-ffm: is this key the certificate's?".getBytes(StandardCharsets.UTF_8);
            Signature sign = Signature.getInstance(algorithm);
            sign.initSign(key);
            sign.update(data);
            byte[] signature = sign.sign();
            Signature verify = Signature.getInstance(algorithm);
            verify.initVerify(certified);
            verify.update(data);
            return verify.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // e.g. an EC key against an RSA certificate
        }
    }

    private record Block(String label, String base64) {

        byte[] der(Path file) {
            try {
                return Base64.getMimeDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new TlsFileException(file, "the " + label + " block is not base64: " + e.getMessage());
            }
        }
    }

    private static List<Block> blocks(Path file, String what) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // PEM is ASCII
        } catch (NoSuchFileException e) {
            throw new TlsFileException(file, "cannot read the " + what + ": no such file");
        } catch (AccessDeniedException e) {
            throw new TlsFileException(file, "cannot read the " + what + ": permission denied");
        } catch (IOException e) {
            throw new TlsFileException(file, "cannot read the " + what + ": " + e);
        }
        List<Block> blocks = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            blocks.add(new Block(block.group(1), block.group(2)));
            starts.add(block.start());
        }
        Matcher begin = BEGIN.matcher(text);
        while (begin.find()) {
            if (!starts.contains(begin.start())) {
                throw new TlsFileException(file, "the PEM block '" + begin.group(1) + "' has no END line");
            }
        }
        if (blocks.isEmpty()) {
            throw new TlsFileException(file, "not PEM (no -----BEGIN ...----- line): the " + what + " must be PEM");
        }
        return blocks;
    }

    /** A certificate or key file that cannot be used; the message is {@code file: problem}. */
    public static final class TlsFileException extends IllegalArgumentException {

        private final transient Path file;

        TlsFileException(Path file, String problem) {
            super(file + ": " + problem);
            this.file = file;
        }

        /** The file that is the problem. */
        public Path file() {
            return file;
        }
    }
}
