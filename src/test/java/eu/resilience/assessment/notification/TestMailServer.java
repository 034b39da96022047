package eu.resilience.assessment.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port for each application context of the tests (each context's
 * JavaMailSender is pointed at its own): the journeys and the PostgreSQL tests run side by side in one JVM, each on a
 * context of its own, and none may see or purge another's mail. It can be stopped and started again on the same port,
 * as a mail server that goes down and comes back.
 */
public final class TestMailServer {

    /** The server of each context's sender, and its port. */
    private static final Map<JavaMailSender, GreenMail> SERVERS = new IdentityHashMap<>();

    private static final Map<JavaMailSender, Integer> PORTS = new IdentityHashMap<>();

    private TestMailServer() {}

    /** Starts the sender's server if needed, points the sender at it and forgets every message received so far. */
    public static synchronized GreenMail start(JavaMailSender sender) {
        GreenMail server = SERVERS.get(sender);
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            SERVERS.put(sender, server);
            PORTS.put(sender, server.getSmtp().getPort());
        }
        ((JavaMailSenderImpl) sender).setPort(PORTS.get(sender));
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** The sender's server goes down: connections to its port are refused. */
    public static synchronized void down(JavaMailSender sender) {
        SERVERS.get(sender).stop();
    }

    /** The sender's server comes back on the same port, with an empty mailbox. */
    public static synchronized GreenMail up(JavaMailSender sender) {
        GreenMail server = new GreenMail(new ServerSetup(PORTS.get(sender), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        SERVERS.put(sender, server);
        return server;
    }

    /** Every message the sender's server received since it was last started or purged. */
    public static synchronized List<MimeMessage> received(JavaMailSender sender) {
        return List.of(SERVERS.get(sender).getReceivedMessages());
    }
}
