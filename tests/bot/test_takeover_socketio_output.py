"""The website chat's output channel marks a duty worker's message as a person's."""
from __future__ import annotations

from bot.rasa.channels.socketio import SocketIOInput, SocketIOOutput


class FakeSio:
    def __init__(self) -> None:
        self.emitted: list[tuple] = []

    async def emit(self, event, data, room=None, **kwargs):
        self.emitted.append((event, data, room))


async def test_takeover_person_messages_carry_sender_and_name_to_the_chat_page() -> None:
    channel = SocketIOInput()
    assert channel.get_output_channel() is None  # no socket.io server yet: Rasa's behaviour
    sio = FakeSio()
    channel.sio = sio  # type: ignore[assignment]
    output = channel.get_output_channel()
    assert isinstance(output, SocketIOOutput)
    await output.send_response("web-1", {"text": "Hi, I'm Jo.\n\nAre you safe?", "sender": "person",
                                         "name": "Jo", "timestamp": 1.0})
    await output.send_response("web-1", {"text": "The assistant says hi", "timestamp": 1.0})
    assert sio.emitted == [
        ("bot_uttered", {"text": "Hi, I'm Jo.", "sender": "person", "name": "Jo"}, "web-1"),
        ("bot_uttered", {"text": "Are you safe?", "sender": "person", "name": "Jo"}, "web-1"),
        ("bot_uttered", {"text": "The assistant says hi"}, "web-1"),
    ]
