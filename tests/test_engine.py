"""The engine on its own: mood, facts, transitions, replies and input checks (keyword detector)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from simulator.content.models import Lines
from simulator.domain import BEHAVIORS, VIOLATIONS
from simulator.engine import ReplyError, Session
from simulator.engine.mood import Mood, react
from simulator.engine.replies import not_asking_for_what_was_said

from conftest import FakeDetection


def call(library, detector, scenario_id="broadband_outage", lang="en", seed=0):
    scenario = library.scenario(scenario_id)
    return Session(scenario, library.persona_of(scenario), lang, detector, seed=seed)


def test_soothing_reply_lowers_anger_and_raises_trust(library, keyword_detector):
    session = call(library, keyword_detector)
    start = session.mood
    turn = session.reply("Hello, I'm so sorry, I can feel how stressful this is.")
    assert turn.mood["anger"] < start.anger
    assert turn.mood["trust"] > start.trust
    assert turn.behaviors == ("greet", "empathize", "apologize")


def test_violation_raises_anger_and_the_customer_retorts(library, keyword_detector):
    session = call(library, keyword_detector)
    persona = session.persona
    turn = session.reply("That's your fault, honestly.")
    assert turn.mood["anger"] > persona.mood.anger.start
    assert turn.violations == ("blame_customer",)
    assert turn.customer in persona.retorts["blame_customer"].en


def test_asking_for_a_fact_reveals_its_answer_with_case_values_filled(library, keyword_detector):
    session = call(library, keyword_detector)
    turn = session.reply("Hello, sorry. Have you reported it before, what was the ticket?")
    assert "earlier_report" in turn.revealed
    assert "GZ-20261116-0457" in turn.customer
    assert "{" not in turn.customer


def test_a_question_in_traditional_characters_asks_for_the_same_fact(library):
    asks = FakeDetection(behaviors=("greet", "ask_question"), open_question=False)
    detector = type("D", (), {"detect": staticmethod(lambda *a, **k: asks)})()
    session = call(library, detector, lang="zh")
    turn = session.reply("您好。報修過嗎？工單號是多少？")  # the fact's words are 报修 / 工单
    assert turn.revealed == ("earlier_report",)


def test_open_question_naming_no_fact_draws_out_the_next_one(library, keyword_detector):
    session = call(library, keyword_detector)
    turn = session.reply("What happened?")
    assert turn.revealed == ("since_when",)


def test_a_shrugging_customer_answers_no_closed_question(library, keyword_detector):
    scenario = library.scenario("broadband_outage")
    persona = library.persona_of(scenario).model_copy(update={"closed_questions": "shrug"})
    detector = keyword_detector
    session = Session(scenario, persona, "en", detector)
    closed = FakeDetection(behaviors=("ask_question",), open_question=False)
    session.detector = type("D", (), {"detect": staticmethod(lambda *a, **k: closed)})()
    assert session.reply("Did you restart the router?").revealed == ()
    session.detector = detector
    assert session.reply("What did you see on the router?").revealed == ("router_lights",)


def _impatient(library, scenario_id="broadband_outage", **update):
    """The scenario's persona with a known `too_soon` bank (whatever the shipped file says)."""
    scenario = library.scenario(scenario_id)
    persona = library.persona_of(scenario)
    too_soon = {"any": Lines(zh=["先别急，你还没听我说完。"], en=["Hang on, you haven't heard the half of it."])}
    return scenario, persona.model_copy(update={"lines": persona.lines | {"too_soon": too_soon}, **update})


def test_a_fix_offered_before_hearing_the_customer_out_draws_what_was_skipped(library, keyword_detector):
    scenario, persona = _impatient(library)
    session = Session(scenario, persona, "en", keyword_detector)
    session.reply("Hello, I'm so sorry.")
    assert session.state == "listening"
    turn = session.reply("I can refund you for the days.")
    assert turn.state == "listening"  # nothing heard yet: the call cannot move on to solving
    assert turn.revealed == ("since_when",)
    assert turn.customer == "Hang on, you haven't heard the half of it. It went off on Monday evening, just after eight. Three whole days now."
    assert session.reply("I can refund you for the days.").state != "listening"  # now it has been heard


def test_a_jumped_ahead_fix_is_met_without_a_volunteered_fact_by_a_shrugging_customer_or_after_a_violation(
    library, keyword_detector
):
    scenario, persona = _impatient(library, closed_questions="shrug")
    session = Session(scenario, persona, "en", keyword_detector)
    session.reply("Hello, I'm so sorry.")
    turn = session.reply("I can refund you for the days.")
    assert (turn.revealed, turn.customer) == ((), "Hang on, you haven't heard the half of it.")
    scenario, persona = _impatient(library)
    session = Session(scenario, persona, "en", keyword_detector)
    session.reply("Hello, I'm so sorry.")
    turn = session.reply("I can refund you, but honestly it's your fault.")
    assert turn.revealed == () and turn.customer in persona.retorts["blame_customer"].en


@pytest.mark.parametrize(
    "lang, said, reply, lines, kept",
    [
        # a time was just given: the customer does not ask how long it will take
        ("zh", {"manage_expectations"}, "三天内退回。", ["那就按我看的数重新算吧。多久能弄好啊？", "好呀，那就这么办。"], ["好呀，那就这么办。"]),
        ("en", {"commit_follow_up"}, "I'll ring you at ten.", ["Fine. And when will I hear?", "Noted. When it comes through I'll check it."],
         ["Noted. When it comes through I'll check it."]),  # "when" outside a question asks nothing
        # a fix was just offered: the customer does not ask what can be done
        ("en", {"propose_solution"}, "I'll send a new one.", ["Right. So what are you going to do?", "That sounds fair."], ["That sounds fair."]),
        ("zh", {"propose_solution"}, "我给您换一台。", ["对，就是这样。那你们打算怎么处理？", "嗯，这个办法行。"], ["嗯，这个办法行。"]),
        # the fee was just offered back: no "and the money?"
        ("zh", {"propose_solution"}, "师傅今天上门，这三天的费用给您退回。", ["那好，师傅来之前先给我打个电话。", "行，就这么办。那钱的事也一起算上吧？"],
         ["那好，师傅来之前先给我打个电话。"]),
        ("en", set(), "I'll credit the three days.", ["And what about the money?", "Good."], ["Good."]),
        # nothing given that the lines ask for, or every line asks: all stay
        ("en", {"empathize"}, "That sounds awful.", ["So how long will it take?", "Fine."], ["So how long will it take?", "Fine."]),
        ("en", {"manage_expectations"}, "By Friday.", ["How long, then?", "When?"], ["How long, then?", "When?"]),
        # a time said inside a proposal answers "when?" whether or not it was read as a time frame
        ("en", {"propose_solution", "seek_agreement"}, "I'll send a hot replacement for tomorrow at 12 sharp. Would that work?",
         ["Fine, we'll go with that. Now when, exactly?", "Right. That'll do."], ["Right. That'll do."]),
        ("zh", {"propose_solution"}, "明天上午十点前给您补送一份。", ["行吧。那什么时候送到？", "行，就这么办。"], ["行，就这么办。"]),
    ],
)
def test_the_customer_does_not_ask_for_what_the_reply_just_gave(lang, said, reply, lines, kept):
    assert not_asking_for_what_was_said(lines, said, reply, lang) == kept


def test_the_five_steps_walk_the_call_to_resolved(library, keyword_detector):
    session = call(library, keyword_detector)
    states = [
        session.reply(line).state
        for line in (
            "Hello, I'm sorry, I feel for you.",
            "When did it start?",
            "So it's been down since Monday, right?",
            "I can refund the days and send an engineer, which would you prefer?",
            "To recap: engineer tomorrow, refund this week. I'll call you tomorrow, thanks.",
        )
    ]
    assert states == ["listening", "listening", "solving", "closing", "resolved"]
    assert session.outcome == "resolved" and not session.finished  # the customer said goodbye; the last word is the trainee's


def test_a_clean_reply_that_does_two_steps_moves_the_call_past_both_but_never_ends_it(library, keyword_detector):
    def after(third: str):
        session = call(library, keyword_detector)
        session.reply("Hello, I'm sorry, I feel for you.")
        session.reply("When did it start?")
        return session, session.reply(third)

    # the read-back takes the call to solving, and the offer with a choice carries it on to closing:
    # the customer answers the offer instead of asking what can be done
    session, turn = after("So it's down since Monday, right? I can refund the days, which would you prefer?")
    assert turn.state == "closing"
    assert turn.customer in [line for lines in session.scenario.state("closing").lines.values() for line in lines.en]
    # the recap and callback would end the call, but a call ends only on a reply's first step
    session, turn = after("So it's down since Monday, right? I can refund it, okay? Recap: refund; I'll call you tomorrow.")
    assert turn.state == "closing" and session.outcome is None
    # a reply with a violation moves the call one state only
    session, turn = after("So it's down since Monday, right? I can refund the days, which would you prefer? Calm down.")
    assert turn.state == "solving"


def test_the_trainees_last_word_after_the_goodbye_is_graded_and_ends_the_call(library, keyword_detector):
    session = call(library, keyword_detector)
    for line in (
        "Hello, I'm sorry, I feel for you.",
        "When did it start?",
        "So it's been down since Monday, right?",
        "I can refund the days and send an engineer, which would you prefer?",
        "I'll call you tomorrow at 5.",
    ):
        session.reply(line)
    assert session.awaiting_last_word
    goodbye, mood = session.turns[-1].customer, session.mood
    last = session.reply("To recap: engineer tomorrow, refund this week. Thanks for your patience.")
    assert last.customer == "" and last.customer_before == goodbye
    assert "summarize" in last.behaviors and last.state == "resolved" and session.mood == mood
    assert session.finished and session.outcome == "resolved" and not session.awaiting_last_word
    assert session.record()["turns"][-1]["customer"] == ""
    with pytest.raises(ReplyError):
        session.reply("Hello?")


def test_a_call_that_breaks_down_ends_without_a_last_word(library, keyword_detector):
    session = call(library, keyword_detector)
    for _ in range(10):
        session.reply("Calm down, it's impossible and it's your fault.")
        if session.outcome is not None:
            break
    assert session.outcome != "resolved" and session.finished and not session.awaiting_last_word


def test_repeated_violations_end_the_call_in_the_personas_breaking_outcome(library, keyword_detector):
    session = call(library, keyword_detector)
    for count in range(1, 11):
        session.reply("Calm down, it's impossible and it's your fault.")
        if session.finished:
            break
    assert session.outcome == session.persona.mood.breaks_to
    assert count <= 10
    with pytest.raises(ReplyError):
        session.reply("Hello?")


def test_same_seed_and_replies_give_the_same_call(library, keyword_detector):
    lines = ["Hello", "What happened?", "ok", "ok", "ok", "Sorry, refund?"]
    transcripts = []
    for _ in range(2):
        session = call(library, keyword_detector, seed=7)
        transcripts.append([session.opening] + [session.reply(line).customer for line in lines])
    assert transcripts[0] == transcripts[1]


def test_customer_never_says_the_same_line_twice_in_a_row(library, keyword_detector):
    session = call(library, keyword_detector, seed=3)
    said = [session.reply("hmm").customer for _ in range(8) if not session.finished]
    assert all(a != b for a, b in zip(said, said[1:]))


@pytest.mark.parametrize(
    "bad, message",
    [("", "empty"), ("   ", "empty"), ("x" * 100_000, "too long"), ("hi\x1b[31m", "control character")],
)
def test_unusable_replies_are_refused_and_change_nothing(library, keyword_detector, bad, message):
    session = call(library, keyword_detector)
    before = (session.mood, session.state)
    with pytest.raises(ReplyError, match=message):
        session.reply(bad)
    assert (session.mood, session.state, session.turns) == (*before, [])


def test_a_record_holds_every_turn_with_mood_and_ids(library, keyword_detector):
    session = call(library, keyword_detector, seed=5)
    session.reply("Hello, sorry.")
    record = session.record()
    assert record["outcome"] == "incomplete" and record["seed"] == 5
    assert record["persona_type"] == "easygoing"
    assert record["turns"][0]["behaviors"] == ["greet", "apologize"]
    assert set(record["turns"][0]["mood"]) >= {"anger", "trust"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(BEHAVIORS + VIOLATIONS), max_size=6), max_size=30), st.integers(0, 8))
def test_mood_stays_within_0_and_100_whatever_is_said(library, replies, persona_index):
    persona = sorted(library.personas.values(), key=lambda p: p.id)[persona_index % len(library.personas)]
    mood = Mood.start(persona)
    from collections import Counter

    heard: Counter = Counter()
    for signals in replies:
        mood = react(mood, persona, signals, heard)
        heard.update(signals)
        assert 0 <= mood.anger <= 100 and 0 <= mood.trust <= 100


def test_said_earlier_waits_for_a_second_offence_while_said_before_counts_this_reply(library, keyword_detector):
    from simulator.content.models import Guards, Transition

    scenario = library.scenario("broadband_outage")
    for guard, turns_to_escalate in (("said_earlier", 2), ("said_before", 1)):
        rule = Transition(**{"from": "*", "to": "escalated", "when": Guards(**{guard: ["dismiss"], "said_any": ["dismiss"]})})
        changed = scenario.model_copy(update={"transitions": [rule] + list(scenario.transitions)})
        session = Session(changed, library.persona_of(scenario), "en", keyword_detector)
        for count in range(1, 3):
            session.reply("Calm down.")
            if session.finished:
                break
        assert (session.outcome, count) == ("escalated", turns_to_escalate)


class _LanguageRecorder:
    """A detector that notes which language each reply was graded in."""

    def __init__(self):
        self.langs = []

    def detect(self, text, lang, context="", extra_cues=None):
        self.langs.append(lang)
        return FakeDetection((), (), ())


@pytest.mark.parametrize(
    "call_lang, reply, graded_in",
    [
        ("zh", "Sorry about that, I'll refund you today.", "en"),
        ("zh", "OK，好的", "zh"),
        ("zh", "OK", "zh"),
        ("zh", "您的订单号是 AB12 吗？", "zh"),
        ("en", "非常抱歉，我马上给您退款。", "zh"),
        ("en", "Is your name 王小明?", "en"),
        ("en", "Thanks, 谢谢", "en"),
    ],
)
def test_a_reply_is_graded_in_the_language_it_is_written_in(library, call_lang, reply, graded_in):
    """A trainee who answers a Chinese call in English is graded with the English cues (the Chinese
    ones would read nothing, or the wrong thing); a short "OK" or a name keeps the call's language."""
    recorder = _LanguageRecorder()
    session = call(library, recorder, lang=call_lang)
    session.reply(reply)
    assert recorder.langs == [graded_in]
