package com.cocreation5r.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the EAR the build produced, as it ships.
 * In-container tests get their own classes added to its web module.
 */
public final class Deployments {

    static final String EAR = "cocreation-5r.ear";
    static final String WEB_MODULE = "cocreation-5r-web.war";
    static final String TEST_RUNNER = "/ArquillianServletRunnerEE9";

    private Deployments() {
    }

    /** The application as it ships, for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive application() {
        // read into memory: entries read lazily from the file fail once the importer has closed it
        try (InputStream ear = Files.newInputStream(Path.of(System.getProperty("ear.file")))) {
            return ShrinkWrap.create(ZipImporter.class, EAR).importFrom(ear).as(EnterpriseArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Build the EAR first (mvn package)", e);
        }
    }

    /**
     * The application with the test class and this package's helpers inside its web module, so the
     * test can call the services as different users (through the server's security domain).
     */
    public static EnterpriseArchive withTest(Class<?> testClass) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClass(testClass).addPackage(Deployments.class.getPackage()).addPackages(true, "org.assertj.core");
        // Arquillian's test runner servlet answers without the login page; the tests sign in themselves
        web.setWebXML(new StringAsset(withOpenTestRunner(read(web.get("WEB-INF/web.xml").getAsset().openStream()))));
        // the test signs users in through the Elytron API of the server
        web.addAsManifestResource(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"),
                "MANIFEST.MF");
        ear.delete(WEB_MODULE);
        ear.add(web, "/", ZipExporter.class);
        return ear;
    }

    private static String withOpenTestRunner(String webXml) {
        String openRunner = "<security-constraint><web-resource-collection><web-resource-name>arquillian</web-resource-name>"
                + "<url-pattern>" + TEST_RUNNER + "</url-pattern></web-resource-collection></security-constraint>";
        return webXml.replace("<login-config>", openRunner + "<login-config>");
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the test server serves the application. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("test.http.port", "8180") + "/cocreation/";
    }
}
