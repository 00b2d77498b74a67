package io.aviary.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed certificates made at test time with {@code openssl} (Netty's SelfSignedCertificate needs
 * BouncyCastle's PKIX, which the build does not have): a PEM certificate and its PKCS#8 key, for one DNS name plus
 * {@code localhost} and {@code 127.0.0.1}.
 */
public record TestCertificates(String name, Path certificate, Path privateKey) {

  public static TestCertificates create(Path directory, String name) throws IOException, InterruptedException {
    Path certificate = directory.resolve(name + ".crt.pem");
    Path key = directory.resolve(name + ".key.pem");
    Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
        "-keyout", key.toString(), "-out", certificate.toString(), "-days", "2", "-subj", "/CN=" + name,
        "-addext", "subjectAltName=DNS:" + name + ",DNS:localhost,IP:127.0.0.1")
        .redirectErrorStream(true)
        .start();
    String output = new String(openssl.getInputStream().readAllBytes());
    if (!openssl.waitFor(30, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
      throw new IOException("openssl failed: " + output);
    }
    return new TestCertificates(name, certificate, key);
  }

  /** A client context that trusts exactly this certificate. */
  public SSLContext trustingClient() throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry(name, read());
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  public X509Certificate read() throws Exception {
    try (InputStream in = Files.newInputStream(certificate)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
