package newsdesk.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class NodeEmulatorTest {

  @Test
  void missingNodeSkipsTheTestUnlessEmulatorsAreRequired() {
    boolean required = "true".equalsIgnoreCase(System.getenv("NEWSDESK_REQUIRE_EMULATORS"));

    assertThatThrownBy(() -> NodeEmulator.unavailable("dynalite", "SKIPPED: (test of the skip path, not a real skip)"))
        .isInstanceOf(required ? IllegalStateException.class : TestAbortedException.class);
  }

  @Test
  void emulatorsListenOnLoopbackAndStartOncePerJvm() throws IOException {
    assertThat(Dynalite.endpoint()).isSameAs(Dynalite.endpoint());
    assertThat(Dynalite.endpoint().getHost()).isEqualTo("127.0.0.1");
    try (Socket socket = new Socket(Dynalite.endpoint().getHost(), Dynalite.endpoint().getPort())) {
      assertThat(socket.isConnected()).isTrue();
    }
  }
}
