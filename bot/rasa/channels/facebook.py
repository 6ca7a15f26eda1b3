"""Facebook Messenger: Rasa 3.6's channel (`rasa.core.channels.facebook`) with a few fixes.

credentials.yml names `bot.rasa.channels.facebook.FacebookInput` by module path, so Rasa loads
it instead of its own `facebook` channel. The channel's name stays "facebook": the same
webhook (`/webhooks/facebook/webhook`), the same credentials keys (`verify`, `secret`,
`page-access-token`), and conversations still show as Facebook Messenger in the trackers
and on the duty dashboard.

What differs from Rasa's channel, and why:

- The bot's buttons go as Messenger *quick replies* (up to 13, titles shortened to
  Messenger's 20 characters). Rasa sends a button template, which Messenger limits to 3
  buttons; with more than 3, Rasa drops every button.
- A POST with a missing or wrong signature, and a verification request with a wrong token,
  get 403 (Rasa answers 200 "not validated" / "failure, invalid token"). The signature is
  compared in constant time and only sha1/sha256 are accepted; `X-Hub-Signature-256` is
  checked when Facebook sends it, else `X-Hub-Signature` (sha1), which is what Rasa checks.
- Graph API calls run in a worker thread with a timeout, so a slow Graph API never stalls
  the Rasa server (Rasa's channel calls it with `requests` on the event loop, no timeout).
- Every messaging event in a webhook batch is answered (Rasa's handles only the first).
- `FACEBOOK_GRAPH_URL`, when set, replaces the Graph API address the `fbmessenger` library
  has built in (https://graph.facebook.com/v2.12), e.g. to pin a newer API version
  (`https://graph.facebook.com/v23.0`) or, in tests, to point at a local fake. Unset, the
  replies go exactly where Rasa's own channel sends them.
- Conversation ids are `messenger-` + the Messenger user id (issue 17): each channel has
  its own namespace, so no other channel can name a Messenger conversation (the REST
  channel refuses `messenger-` and `web-` senders). Replies strip the prefix again.
- `get_output_channel()` (Rasa's HTTP API with `output_channel=latest`, how a duty worker's
  message reaches the young person, issue 18) sends only within Meta's messaging window:
  it reads when the person last wrote from the tracker store (`events` table, shared by
  every Rasa server) and sends `messaging_type: RESPONSE` up to 24 hours after that; from
  24 hours to 7 days, a person's message (`"sender": "person"` in the bot event's metadata)
  goes with the `HUMAN_AGENT` tag if MESSENGER_HUMAN_AGENT_TAG is on. Otherwise nothing is
  sent and `NotDelivered` is raised, which Rasa's API answers with a 500 whose message says
  why (the event is not saved either). A Graph API refusal on that path raises it too.
  A person's message is sent whole (not split at blank lines), after "Sam (duty worker): ",
  as Messenger shows every message as the Page's.
"""
from __future__ import annotations

import asyncio
import contextvars
import hashlib
import hmac
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text, Tuple, Union

from fbmessenger import MessengerClient
from fbmessenger.attachments import Image
from fbmessenger.sender_actions import SenderAction
from rasa.core.channels import facebook as rasa_facebook
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.db import shared_engine
from bot.rasa.channels.socketio import speaker
from bot.rasa.events import events_table, has_table
from bot.settings import Settings

log = logging.getLogger(__name__)

GRAPH_URL_ENV = "FACEBOOK_GRAPH_URL"
GRAPH_TIMEOUT = 10.0  # seconds for one Graph API call
MAX_QUICK_REPLIES = 13  # Messenger's limit
MAX_TITLE = 20  # characters in a quick reply's title
MAX_TEXT = 2000  # characters in one message
SIGNATURE_DIGESTS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
# Meta's messaging windows, from the person's last message: standard, and HUMAN_AGENT's.
STANDARD_WINDOW = 24 * 3600.0
HUMAN_AGENT_WINDOW = 7 * 24 * 3600.0
RESPONSE: Tuple[Text, Optional[Text]] = ("RESPONSE", None)
HUMAN_AGENT: Tuple[Text, Optional[Text]] = ("MESSAGE_TAG", "HUMAN_AGENT")
# (messaging_type, tag) for the message being sent; RESPONSE unless send_response says.
_messaging: contextvars.ContextVar[Tuple[Text, Optional[Text]]] = contextvars.ContextVar(
    "messenger_messaging", default=RESPONSE)


class NotDelivered(RuntimeError):
    """A message Messenger would not deliver (or did not accept); the text says why, for a
    duty worker to read."""


def graph_client(page_access_token: Text) -> MessengerClient:
    """fbmessenger's client, pointed at FACEBOOK_GRAPH_URL when that is set."""
    client = MessengerClient(page_access_token)
    url = Settings.from_env().facebook_graph_url.strip().rstrip("/")
    if url:
        client.graph_url = url
    return client


def quick_reply_title(title: Any) -> Text:
    title = " ".join(str(title).split())
    if len(title) <= MAX_TITLE:
        return title
    cut = title[: MAX_TITLE - 1]
    space = cut.rfind(" ")
    if space >= 12:  # end on a whole word when that keeps most of the title
        cut = cut[:space]
    return cut.rstrip(" ,.;:-") + "…"


def split_text(text: Text, paragraphs: bool = True) -> List[Text]:
    """Paragraphs become separate messages (as Rasa does; not with `paragraphs=False`);
    long ones are cut at spaces."""
    parts: List[Text] = []
    for paragraph in (text or "").strip().split("\n\n") if paragraphs else [(text or "").strip()]:
        while len(paragraph) > MAX_TEXT:
            cut = paragraph.rfind(" ", 0, MAX_TEXT)
            cut = cut if cut > 0 else MAX_TEXT
            parts.append(paragraph[:cut].rstrip())
            paragraph = paragraph[cut:].lstrip()
        parts.append(paragraph)
    return [p for p in parts if p] or [text or ""]


def quick_replies(buttons: Iterable[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    replies = []
    for button in buttons:
        payload = button.get("payload")
        title = button.get("title")
        if not payload or not title:
            continue
        if str(payload).startswith(("tel:", "sms:")):
            # A quick reply can only send text back; the numbers are in the message text.
            continue
        replies.append({"content_type": "text", "title": quick_reply_title(title),
                        "payload": str(payload)[:1000]})
    if len(replies) > MAX_QUICK_REPLIES:
        log.warning("Messenger shows at most %d quick replies; %d dropped",
                    MAX_QUICK_REPLIES, len(replies) - MAX_QUICK_REPLIES)
    return replies[:MAX_QUICK_REPLIES]


MESSENGER_PREFIX = "messenger-"


def conversation_id(psid: Text) -> Text:
    """The tracker's id for a Messenger user (page-scoped id)."""
    return MESSENGER_PREFIX + str(psid)


def psid_of(recipient_id: Text) -> Text:
    """The Messenger user id to send to, from a conversation id (or a bare id)."""
    recipient_id = str(recipient_id)
    return recipient_id[len(MESSENGER_PREFIX):] if recipient_id.startswith(MESSENGER_PREFIX) else recipient_id


def _when(timestamp: float) -> Text:
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%H:%M UTC on %d %B %Y")


def last_user_message_at(tracker_db_url: Text, conversation: Text) -> Optional[float]:
    """When the person last wrote in this conversation (epoch seconds), from the tracker
    store's `events` table; None if never (or no table yet). Blocking: run in a thread."""
    c = events_table.c
    with shared_engine(tracker_db_url).connect() as connection:
        if not has_table(connection):
            return None
        found = connection.execute(select(func.max(c.timestamp)).where(
            c.sender_id == conversation, c.type_name == "user")).scalar()
    return float(found) if found is not None else None


@dataclass
class MessagingWindow:
    """Which Messenger messaging type a message sent outside a user's turn may use."""

    tracker_db_url: Text
    human_agent_tag: bool = False
    clock: Callable[[], float] = field(default=time.time)

    async def messaging(self, conversation: Text, *, person: bool) -> Tuple[Text, Optional[Text]]:
        """(messaging_type, tag), or `NotDelivered` saying why Messenger would not deliver."""
        try:
            last = await asyncio.to_thread(last_user_message_at, self.tracker_db_url, conversation)
        except SQLAlchemyError as error:
            log.warning("could not read when %s last wrote: %s", conversation, error)
            raise NotDelivered("Not sent: the assistant could not check when this person last wrote on "
                               "Messenger (the conversation store did not answer). Try again in a minute.") from error
        if last is None:
            raise NotDelivered("Not sent: this person has never written to the Page on Messenger, so "
                               "Messenger won't deliver a message to them.")
        age = self.clock() - last
        if age <= STANDARD_WINDOW:
            return RESPONSE
        if person and self.human_agent_tag and age <= HUMAN_AGENT_WINDOW:
            return HUMAN_AGENT
        if person and self.human_agent_tag:
            raise NotDelivered(f"Not sent: this person last wrote on Messenger more than 7 days ago "
                               f"(at {_when(last)}); Messenger won't deliver a message now, even from "
                               "a person. Contact them another way.")
        raise NotDelivered(f"Not sent: this person last wrote on Messenger more than 24 hours ago "
                           f"(at {_when(last)}); Messenger won't deliver a message until they write "
                           "again. Contact them another way.")


def person_text(text: Text, person: Dict[Text, Text]) -> Text:
    """A person's message as Messenger shows it: Messenger has no sender label."""
    name = person.get("name")
    return f"{name} (duty worker): {text.strip()}" if name else f"Duty worker: {text.strip()}"


class MessengerBot(rasa_facebook.MessengerBot):
    """Rasa's output channel, with quick replies and non-blocking Graph API calls.

    `window`: None for replies in a user's turn (always RESPONSE; a failed send is logged,
    never breaks the turn); a `MessagingWindow` for messages sent through Rasa's HTTP API,
    which are checked against it, and whose failures raise `NotDelivered`.
    """

    def __init__(self, messenger_client: MessengerClient, window: Optional[MessagingWindow] = None) -> None:
        super().__init__(messenger_client)
        self.window = window

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        person = speaker(message)
        messaging = RESPONSE
        if self.window is not None:
            messaging = await self.window.messaging(str(recipient_id), person=bool(person))
        if person:
            message = {key: value for key, value in message.items() if key not in ("sender", "name")}
            if message.get("text"):
                message["text"] = person_text(str(message["text"]), person)
                message["person"] = True  # one message, not split at blank lines
        token = _messaging.set(messaging)
        try:
            await super().send_response(recipient_id, message)
        finally:
            _messaging.reset(token)

    async def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        strict = self.window is not None
        try:
            reply = await asyncio.to_thread(method, *args, timeout=GRAPH_TIMEOUT, **kwargs)
        except Exception as error:  # a failed send must not break a user's turn (unless strict)
            log.warning("Graph API call failed: %s", error)
            if strict:
                raise NotDelivered("Not sent: Messenger could not be reached. Try again in a minute.") from error
            return
        if isinstance(reply, dict) and reply.get("error"):
            refusal = reply["error"]
            reason = refusal.get("message", refusal) if isinstance(refusal, dict) else refusal
            log.warning("Graph API refused a message: %s", reason)
            if strict:
                raise NotDelivered(f"Not sent: Messenger refused the message ({reason}).")

    async def _send(self, recipient_id: Text, payload: Union[Dict, List]) -> None:
        messaging_type, tag = _messaging.get()
        await self._call(self.messenger_client.send, payload, psid_of(recipient_id), messaging_type, tag=tag)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        parts = split_text(text, paragraphs=not kwargs.get("person"))
        for part in parts:
            await self._send(recipient_id, {"text": part})

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        await self._send(recipient_id, Image(url=image).to_dict())

    async def send_action(self, recipient_id: Text, sender_action: Text) -> None:
        await self._call(self.messenger_client.send_action,
                         SenderAction(sender_action).to_dict(), psid_of(recipient_id))

    async def send_text_with_buttons(self, recipient_id: Text, text: Text,
                                     buttons: List[Dict[Text, Any]], **kwargs: Any) -> None:
        """The text, with the buttons as quick replies on its last part."""
        parts = split_text(text, paragraphs=not kwargs.get("person"))
        for part in parts[:-1]:
            await self._send(recipient_id, {"text": part})
        message: Dict[Text, Any] = {"text": parts[-1]}
        replies = quick_replies(buttons)
        if replies:
            message["quick_replies"] = replies
        await self._send(recipient_id, message)

    async def send_quick_replies(self, recipient_id: Text, text: Text,
                                 quick_replies: List[Dict[Text, Any]], **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies, **kwargs)

    async def send_elements(self, recipient_id: Text, elements: Iterable[Dict[Text, Any]],
                            **kwargs: Any) -> None:
        elements = list(elements)
        for element in elements:
            if "buttons" in element:
                self._add_postback_info(element["buttons"])
        await self._send(recipient_id, {"attachment": {
            "type": "template",
            "payload": {"template_type": "generic", "elements": elements},
        }})

    async def send_custom_json(self, recipient_id: Text,
                               json_message: Union[List, Dict[Text, Any]], **kwargs: Any) -> None:
        if isinstance(json_message, dict) and "sender" in json_message:
            recipient_id = json_message.pop("sender", {}).pop("id", recipient_id)
        elif isinstance(json_message, list):
            for message in json_message:
                if "sender" in message:
                    recipient_id = message.pop("sender", {}).pop("id", recipient_id)
                    break
        await self._send(recipient_id, json_message)


class Messenger(rasa_facebook.Messenger):
    """Parses one webhook call; answers every message in it."""

    def __init__(self, page_access_token: Text,
                 on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        super().__init__(page_access_token, on_new_message)
        self.client = graph_client(page_access_token)

    async def handle(self, payload: Dict, metadata: Optional[Dict[Text, Any]]) -> None:
        for entry in payload.get("entry") or []:
            if not isinstance(entry, dict):
                continue
            for message in entry.get("messaging") or []:
                if not isinstance(message, dict):
                    continue
                self.last_message = message
                if message.get("message"):
                    await self.message(message, metadata)
                elif message.get("postback"):
                    await self.postback(message, metadata)

    async def _handle_user_message(self, text: Text, sender_id: Text,
                                   metadata: Optional[Dict[Text, Any]]) -> None:
        out_channel = MessengerBot(self.client)
        await out_channel.send_action(sender_id, sender_action="mark_seen")
        user_msg = UserMessage(text, out_channel, conversation_id(sender_id), input_channel=self.name(),
                               metadata=metadata)
        await out_channel.send_action(sender_id, sender_action="typing_on")
        try:
            await self.on_new_message(user_msg)
        except Exception:
            log.exception("Exception when trying to handle webhook for facebook message.")
        finally:
            await out_channel.send_action(sender_id, sender_action="typing_off")


def signature_header(request: Request) -> Text:
    return request.headers.get("X-Hub-Signature-256") or request.headers.get("X-Hub-Signature") or ""


class FacebookInput(rasa_facebook.FacebookInput):
    """Rasa's Facebook input channel, with the changes listed in the module docstring."""

    @classmethod
    def name(cls) -> Text:
        return "facebook"

    @staticmethod
    def validate_hub_signature(app_secret: Text, request_payload: bytes,
                               hub_signature_header: Text) -> bool:
        """True when `hub_signature_header` ("sha1=<hex>" or "sha256=<hex>") signs the body."""
        method, _, signature = (hub_signature_header or "").partition("=")
        digest = SIGNATURE_DIGESTS.get(method.strip().lower())
        if digest is None or not signature or not app_secret:
            return False
        expected = hmac.new(app_secret.encode("utf-8"), request_payload or b"", digest).hexdigest()
        return hmac.compare_digest(expected.encode(), signature.strip().lower().encode("utf-8"))

    def verify_token_matches(self, token: Optional[Text]) -> bool:
        if not token or not self.fb_verify:
            return False
        return hmac.compare_digest(token.encode("utf-8"), str(self.fb_verify).encode("utf-8"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        fb_webhook = Blueprint("fb_webhook", __name__)

        @fb_webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @fb_webhook.route("/webhook", methods=["GET"])
        async def token_verification(request: Request) -> HTTPResponse:
            if self.verify_token_matches(request.args.get("hub.verify_token")):
                return response.text(request.args.get("hub.challenge") or "")
            log.warning("Invalid fb verify token! Make sure this matches your webhook "
                        "settings on the facebook app.")
            return response.text("failure, invalid token", status=403)

        @fb_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.validate_hub_signature(self.fb_secret, request.body,
                                               signature_header(request)):
                log.warning("Wrong fb secret! Make sure this matches the secret in your "
                            "facebook app settings")
                return response.text("not validated", status=403)
            payload = request.json
            if not isinstance(payload, dict):
                return response.text("expected a JSON object", status=400)
            messenger = Messenger(self.fb_access_token, on_new_message)
            await messenger.handle(payload, self.get_metadata(request))
            return response.text("success")

        return fb_webhook

    def get_output_channel(self) -> OutputChannel:
        """For Rasa's HTTP API (`output_channel=latest`): messages outside a user's turn,
        checked against Messenger's messaging window (see the module docstring)."""
        settings = Settings.from_env()
        window = MessagingWindow(settings.tracker_db_url, human_agent_tag=settings.uses_human_agent_tag)
        return MessengerBot(graph_client(self.fb_access_token), window)
