package vn.langso.identity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langso.identity.DeliveryResult;

/**
 * SMS over SMPP 3.4 to an in-process SMS centre (jSMPP's server session on loopback): the bind carries
 * the account, Vietnamese goes as UCS2 (data_coding 0x08), a long text as concatenated parts, and the
 * centre's refusal is a failure.
 */
class SmppSmsGatewayTests {

	private SMPPServerSessionListener listener;

	private final ExecutorService acceptor = Executors.newSingleThreadExecutor();

	private final List<SubmitSm> received = new CopyOnWriteArrayList<>();

	private final List<String> binds = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private int port;

	@BeforeEach
	void start() throws IOException {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		listener = new SMPPServerSessionListener(port, new LoopbackOnly());
		listener.setMessageReceiverListener(new SmsCentre());
		acceptor.submit(this::acceptSessions);
	}

	@AfterEach
	void stop() throws IOException {
		listener.close();
		acceptor.shutdownNow();
	}

	private void acceptSessions() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				SMPPServerSession session = listener.accept();
				BindRequest bind = session.waitForBind(5_000);
				binds.add(bind.getSystemId() + "/" + bind.getPassword() + "/" + bind.getBindType());
				if ("langso".equals(bind.getSystemId()) && "secret".equals(bind.getPassword())) {
					bind.accept("test-smsc");
				}
				else {
					bind.reject(0x0E); // ESME_RINVPASWD
				}
			}
		}
		catch (Exception closed) {
			// the listener closed at the end of the test
		}
	}

	private SmppSmsGateway gateway(String password) {
		return new SmppSmsGateway(new SmppSmsGateway.Settings("127.0.0.1", port, "langso", password, "", "UBND XA", 5_000, 30_000));
	}

	@Test
	void vietnameseGoesAsUcs2ToTheInternationalNumberFromTheBoundAccount() {
		SmppSmsGateway sms = gateway("secret");
		try {
			DeliveryResult result = sms.send("0912345678", "Mã xác nhận của bạn là 583920");
			assertThat(result.isAccepted()).isTrue();
			assertThat(result.detail()).isEqualTo("msg-1");
			assertThat(binds).containsExactly("langso/secret/BIND_TX");
			SubmitSm submit = received.getFirst();
			assertThat(submit.getDestAddress()).isEqualTo("84912345678");
			assertThat(submit.getSourceAddr()).isEqualTo("UBND XA");
			assertThat(submit.getDataCoding()).isEqualTo(SmppSmsGateway.UCS2);
			assertThat(new String(submit.getShortMessage(), StandardCharsets.UTF_16BE)).isEqualTo("Mã xác nhận của bạn là 583920");
			// the bind is kept for the next message
			assertThat(sms.send("0987654321", "Lịch họp").isAccepted()).isTrue();
			assertThat(binds).hasSize(1);
		}
		finally {
			sms.destroy();
		}
	}

	@Test
	void aLongTextGoesAsConcatenatedPartsThatTogetherAreTheText() {
		SmppSmsGateway sms = gateway("secret");
		String text = "Thông báo: lịch tiêm chủng mở rộng cho trẻ dưới 5 tuổi tại trạm y tế xã vào sáng thứ Bảy tuần này, "
				+ "mang theo sổ tiêm chủng.";
		try {
			assertThat(sms.send("0912345678", text).isAccepted()).isTrue();
		}
		finally {
			sms.destroy();
		}
		assertThat(received).hasSize((text.length() + SmppSmsGateway.PART - 1) / SmppSmsGateway.PART).hasSizeGreaterThan(1);
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < received.size(); i++) {
			byte[] message = received.get(i).getShortMessage();
			assertThat(received.get(i).getEsmClass() & 0x40).isEqualTo(0x40);
			assertThat(Arrays.copyOfRange(message, 0, 3)).containsExactly(0x05, 0x00, 0x03);
			assertThat(message[4]).isEqualTo((byte) received.size());
			assertThat(message[5]).isEqualTo((byte) (i + 1));
			joined.append(new String(message, 6, message.length - 6, StandardCharsets.UTF_16BE));
		}
		assertThat(joined.toString()).isEqualTo(text);
	}

	@Test
	void aRefusedBindAndARefusedMessageAreFailures() {
		SmppSmsGateway wrong = gateway("wrong");
		try {
			assertThat(wrong.send("0912345678", "Văn bản").status()).isEqualTo(DeliveryResult.Status.FAILED);
		}
		finally {
			wrong.destroy();
		}
		SmppSmsGateway sms = gateway("secret");
		try {
			// the centre refuses numbers it cannot route (see SmsCentre)
			DeliveryResult refused = sms.send("0900000000", "Văn bản");
			assertThat(refused.status()).isEqualTo(DeliveryResult.Status.FAILED);
			assertThat(refused.detail()).contains("command status 11");
		}
		finally {
			sms.destroy();
		}
	}

	/** The test's SMS centre: keeps each submit_sm, refuses 84900000000 with ESME_RINVDSTADR (0x0B). */
	private final class SmsCentre implements ServerMessageReceiverListener {

		@Override
		public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
			if (submit.getDestAddress().equals("84900000000")) {
				throw new ProcessRequestException("destination not routable", 0x0B);
			}
			received.add(submit);
			try {
				return new SubmitSmResult(new MessageId("msg-" + ids.incrementAndGet()), null);
			}
			catch (org.jsmpp.PDUStringException ex) {
				throw new ProcessRequestException(ex.getMessage(), 0x08);
			}
		}

		// nothing else is part of the test: ESME_RINVCMDID (0x03)
		@Override
		public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submit, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public QuerySmResult onAcceptQuerySm(QuerySm query, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptReplaceSm(ReplaceSm replace, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptCancelSm(CancelSm cancel, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcast, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
				throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

		@Override
		public DataSmResult onAcceptDataSm(DataSm data, Session source) throws ProcessRequestException {
			throw new ProcessRequestException("not supported", 0x03);
		}

	}

	/** The SMS centre listens on loopback only. */
	private static final class LoopbackOnly implements ServerConnectionFactory {

		@Override
		public ServerConnection listen(int port) throws IOException {
			return new ServerSocketConnection(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
		}

		@Override
		public ServerConnection listen(int port, int timeout) throws IOException {
			ServerConnection connection = listen(port);
			connection.setSoTimeout(timeout);
			return connection;
		}

		@Override
		public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
			ServerConnection connection = new ServerSocketConnection(new ServerSocket(port, backlog, InetAddress.getLoopbackAddress()));
			connection.setSoTimeout(timeout);
			return connection;
		}

	}

}
