package eu.resilience.assessment.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the tests of one JVM, on a free port; the application's JavaMailSender is pointed
 * at it. It can be stopped and started again on the same port, as a mail server that goes down and comes back.
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {}

    /** Starts the server if needed, points the sender at it and forgets every message received so far. */
    public static synchronized GreenMail start(JavaMailSender sender) {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        }
        ((JavaMailSenderImpl) sender).setPort(port);
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** The server goes down: connections to its port are refused. */
    public static synchronized void down() {
        server.stop();
    }

    /** The server comes back on the same port, with an empty mailbox. */
    public static synchronized GreenMail up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    public static List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }
}
