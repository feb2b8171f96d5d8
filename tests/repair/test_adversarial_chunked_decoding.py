"""chunked_decoding under review: frames decoded with an explicit ``errors="strict"`` are
a decision the code made (a cut frame is corrupt), not a stream to decode incrementally."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FRAMES = '''
    def transcript(frames: list[bytes]) -> str:
        """The chat transcript, one line per frame.

        Each frame is one complete UTF-8 message sent by a client; frames of different
        clients interleave, so a frame never continues the one before it.
        """
        text = ""
        for frame in frames:
            text += frame.decode("utf-8", errors="strict") + "\\n"
        return text
'''

TESTS = '''
    from chat.frames import transcript


    def test_transcript():
        assert transcript([b"hi", "caf\\u00e9".encode()]) == "hi\\ncaf\\u00e9\\n"
'''


def test_strict_frames_are_not_glued_together(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"chat/__init__.py": "", "chat/frames.py": FRAMES,
                   "tests/__init__.py": "", "tests/test_frames.py": TESTS},
        'from chat.frames import transcript\ntranscript([b"caf\\xc3", b"\\xa9 ok"])',
        'from chat.frames import transcript\n'
        'try:\n    out = transcript([b"caf\\xc3", b"\\xa9 ok"])\n'
        'except UnicodeDecodeError:\n    pass\n'
        'else:\n    assert out != "caf\\n\\u00e9 ok\\n", "two messages were glued: " + repr(out)')
    assert data is not None and "getincrementaldecoder" not in (data.get("patch") or "")


# chunked_decoding under review: frames that are each a whole message are no stream; a
# character cut at the end of one is not continued by the next one.

FRAMES_2 = '''
    def transcript(frames: list[bytes]) -> str:
        """The chat transcript, one line per frame.

        Each frame is one complete UTF-8 message sent by a client; frames of different
        clients interleave, so a frame never continues the one before it.
        """
        text = ""
        for frame in frames:
            text += frame.decode("utf-8") + "\\n"
        return text
'''


def test_independent_frames_are_not_glued_together(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"chat/__init__.py": "", "chat/frames.py": FRAMES_2,
                   "tests/__init__.py": "", "tests/test_frames.py": TESTS},
        'from chat.frames import transcript\ntranscript([b"caf\\xc3", b"\\xa9 ok"])',
        'from chat.frames import transcript\n'
        'try:\n    out = transcript([b"caf\\xc3", b"\\xa9 ok"])\n'
        'except UnicodeDecodeError:\n    pass\n'
        'else:\n    assert out != "caf\\n\\u00e9 ok\\n", "two messages were glued: " + repr(out)')
    assert data is not None and data["status"] != "fixed"

