"""Interviews: answer sentences are claims of the interviewee (claims/interview.py).

All articles here are invented.
"""

from __future__ import annotations

import pytest

from quellenlage.pipeline import Pipeline

LEAD = "Kultur\n\nDie Stadt und ihre Bäder\n\nEin Interview von Paul Brenner mit der Architektin Marta Kowalczyk über Schwimmbäder.\n\n"
QA = (
    "Frau Kowalczyk, warum bauen Sie Schwimmbäder?\n\n"
    "Weil jede Stadt einen Ort braucht, an dem alle gleich sind. Das Wasser fragt nicht nach dem Einkommen.\n\n"
    "Was kostet ein neues Bad?\n\n"
    "Ein kleines Hallenbad kostet rund 20 Millionen Euro.\n\n"
    "Haben Sie ein Lieblingsbad?\n\n"
    "Ja, das alte Stadtbad in Leipzig.\n\n"
)


def analyze(text: str):
    return Pipeline().analyze_text(text)


def test_answer_sentences_are_claims_of_the_announced_interviewee():
    doc = analyze(LEAD + QA)
    answers = [c for c in doc.claims if c.source and c.source.name == "Marta Kowalczyk"]
    assert [doc.text[c.span.start:c.span.end] for c in answers] == [
        "Weil jede Stadt einen Ort braucht, an dem alle gleich sind.",
        "Das Wasser fragt nicht nach dem Einkommen.",
        "Ein kleines Hallenbad kostet rund 20 Millionen Euro.",
        "Ja, das alte Stadtbad in Leipzig.",
    ]
    assert {c.mode for c in answers} == {"direct"}
    figure = next(c for c in answers if c.quantities)
    assert figure.quantities[0].value == 20_000_000
    assert [c.id for c in doc.claims] == [f"c{i}" for i in range(1, len(doc.claims) + 1)]


def test_questions_and_the_lead_are_no_claims():
    doc = analyze(LEAD + QA)
    claimed = " ".join(doc.text[c.span.start:c.span.end] for c in doc.claims)
    assert "Lieblingsbad" not in claimed and "Ein Interview von" not in claimed


def test_a_label_names_the_interviewee():
    text = ("Wissen\n\nKlima im Gespräch\n\n"
            "Zeitung: Wie warm wird der Sommer?\n\nJonas Ebert: Wärmer als der letzte, das zeigen alle Modelle.\n\n"
            "Und der Winter?\n\nMilder, aber nasser.\n\nWas raten Sie den Städten?\n\nMehr Bäume pflanzen.\n\n")
    doc = analyze(text)
    names = {c.source.name for c in doc.claims if c.source}
    assert names == {"Jonas Ebert"}
    first = doc.claims[0]
    assert doc.text[first.span.start:first.span.end].startswith("Wärmer als der letzte")


def test_a_bio_paragraph_after_the_interview_is_no_answer():
    doc = analyze(LEAD + QA + "Marta Kowalczyk ist Architektin in Krakau und lehrt an der Kunstakademie.\n")
    assert not any("lehrt an der" in doc.text[c.span.start:c.span.end] for c in doc.claims)


@pytest.mark.parametrize(
    "text",
    [
        # an essay asking rhetorical questions of nobody in particular: no "Sie", no "du"
        "Meinung\n\nWohin mit dem Verkehr?\n\nDie Straßen sind voll. Die Busse auch.\n\n"
        "Wer soll das bezahlen?\n\nDie Kommunen haben kein Geld.\n\nWas bleibt?\n\nEin langer Stau.\n\n",
        # only two question-answer pairs
        LEAD + "Frau Kowalczyk, warum bauen Sie Bäder?\n\nWeil es Spaß macht.\n\n"
        "Haben Sie ein Lieblingsbad?\n\nJa, in Leipzig.\n\n",
        # no person named before the first question
        "Kultur\n\nWarum bauen Sie Bäder?\n\nWeil es Spaß macht.\n\nWas kostet das?\n\nViel.\n\n"
        "Haben Sie ein Lieblingsbad?\n\nJa.\n\n",
    ],
)
def test_no_interview_no_answer_claims(text):
    assert not any(c.cue is None and c.mode == "direct" for c in analyze(text).claims)


def test_english_interview():
    text = ("Culture\n\nA conversation with the composer Ruth Almeida about silence.\n\n"
            "Why do you write such quiet music?\n\nBecause the city is loud enough.\n\n"
            "What are you working on now?\n\nA piece for two pianos and a river.\n\n"
            "Do you ever write songs?\n\nNever, I cannot rhyme.\n\n")
    doc = Pipeline().analyze_text(text)
    assert {c.source.name for c in doc.claims if c.source} == {"Ruth Almeida"}
    assert len(doc.claims) == 3


def test_a_question_after_a_statement_of_the_interviewer_opens_a_turn():
    """ "Viele Bäder schließen. Warum ist das so? Weil …": with the question set in bold and the
    answer run on in one paragraph, the interviewer's lead-in and question are no answer."""
    text = LEAD + QA + ("Viele alte Bäder schließen im Winter. Warum ist das so? "
                        "Weil die Heizkosten stark gestiegen sind.\n\n")
    doc = analyze(text)
    answers = [doc.text[c.span.start:c.span.end] for c in doc.claims if c.source and c.source.name == "Marta Kowalczyk"]
    assert "Weil die Heizkosten stark gestiegen sind." in answers
    assert not any("Warum ist das so" in a or "schließen im Winter" in a for a in answers), answers


@pytest.mark.parametrize("title", ["Professor", "Professorin", "Prof.", "Dr.", "Professor Dr."])
def test_an_academic_title_before_the_surname_is_no_name(title):
    """ "Frau Professorin Kowalczyk, …?": the title between the address and the surname is not the
    interviewee's surname; the answers belong to the person named in the lead."""
    lead = ("Kultur\n\nDie Stadt und ihre Bäder\n\nDie Architektin Marta Kowalczyk lehrt in Krakau.\n\n")
    qa = QA.replace("Frau Kowalczyk,", f"Frau {title} Kowalczyk,")
    doc = analyze(lead + qa)
    names = {c.source.name for c in doc.claims if c.source and c.cue is None}
    assert names == {"Marta Kowalczyk"}


def test_a_question_the_interviewee_asks_is_no_claim():
    qa = QA.replace("Ja, das alte Stadtbad in Leipzig.",
                    "Ja, das alte Stadtbad in Leipzig. Es steht seit hundert Jahren. Wer würde so ein Bad abreißen? "
                    "Niemand, hoffe ich.")
    doc = analyze(LEAD + qa)
    answers = [doc.text[c.span.start:c.span.end] for c in doc.claims if c.source and c.source.name == "Marta Kowalczyk"]
    assert "Niemand, hoffe ich." in answers
    assert not any("abreißen" in a for a in answers), answers


LABELLED = ("Wissenschaft\n\nLernen im Verbund\n\nDas Magazin sprach mit der Forscherin Ilka Brandstetter.\n\n* * *\n\n"
            "Magazin: Was ist ein Lernverbund?\n\nIlka Brandstetter: Eine Gruppe, die gemeinsam mehr weiß als jedes Mitglied.\n\n"
            "Magazin: Sie halten Gruppen für klüger als Fachleute. Erklären Sie diese kühne These.\n\n"
            "Ilka Brandstetter: Gruppen gleichen die Fehler Einzelner aus.\n\n"
            "Magazin: Und die Kosten?\n\nIlka Brandstetter: Die Abstimmung braucht viel Zeit.\n\n")


def test_a_turn_with_the_interviewers_label_is_a_question_even_without_a_question_mark():
    doc = analyze(LABELLED)
    claimed = [doc.text[c.span.start:c.span.end] for c in doc.claims]
    assert "Gruppen gleichen die Fehler Einzelner aus." in claimed
    assert not any("kühne These" in c or "für klüger als Fachleute" in c for c in claimed), claimed


def test_a_separator_line_ends_the_interview():
    """What follows "* * *" after the last answer is an excerpt of the interviewee's book,
    set out with questions of its own: the interview's layout does not run into it."""
    excerpt = ("* * *\n\nAus dem Buch der Forscherin\n\nKönnen Gruppen denken?\n\n"
               "Wir gaben vielen Gruppen schwere Rätsel.\n\nWas fanden wir?\n\nEine Gruppe war klüger als ihre Mitglieder.\n\n"
               "Und warum?\n\nWeil sie einander zuhörten.\n\n")
    doc = analyze(LABELLED + excerpt)
    claimed = [doc.text[c.span.start:c.span.end] for c in doc.claims]
    assert "Die Abstimmung braucht viel Zeit." in claimed
    assert not any("Rätsel" in c or "zuhörten" in c for c in claimed), claimed


def test_two_interviewees_each_answer_by_their_own_label():
    """Two people answer in turn ("Sommer: …", "Kraft: …"): each answer is its labeller's, and an
    unlabelled paragraph after an answer goes on with the one who spoke last, not with the label
    most answers carry."""
    text = ("Gesundheit\n\nZwei Fachleute im Gespräch\n\nEin Interview mit Lea Sommer und Jan Kraft über Vorsorge.\n\n"
            "Was hilft wirklich?\n\nSommer: Eine frühe Diagnose hilft am meisten.\n\nKraft: Und eine gute Nachsorge.\n\n"
            "Was raten Sie Patienten?\n\nSommer: Gehen Sie zur Vorsorge.\n\nWie oft?\n\n"
            "Kraft: Einmal im Jahr reicht.\n\nMehr braucht es selten.\n\nUnd die Kosten?\n\nSommer: Die Kasse zahlt fast alles.\n\n")
    doc = analyze(text)
    said = {doc.text[c.span.start:c.span.end]: c.source.name for c in doc.claims if c.source}
    assert said == {
        "Eine frühe Diagnose hilft am meisten.": "Lea Sommer",
        "Und eine gute Nachsorge.": "Jan Kraft",
        "Gehen Sie zur Vorsorge.": "Lea Sommer",
        "Einmal im Jahr reicht.": "Jan Kraft",
        "Mehr braucht es selten.": "Jan Kraft",
        "Die Kasse zahlt fast alles.": "Lea Sommer",
    }



def test_a_label_names_someone_the_entities_stage_missed_and_a_title_question_is_no_turn():
    """The lead names both in full, one with an apposition that hides him from the entities
    stage ("Ansgar Texheim, Ärztlicher Leiter …"): his label "Texheim" still names him. The
    teaser asks a question before the labelled interview begins: the sentence after it
    answers nothing."""
    text = ("Gesundheit\n\nWas hilft bei Rückenschmerzen?\n\nEin Kongress in Graz über Bewegung und Ruhe.\n\n"
            "Schmerz oder Hoffnung? Viele Menschen leiden darunter.\n\nDie Zeitung sprach mit Ansgar Texheim, Ärztlicher Leiter "
            "des Zentrums für Rücken, und Lea Sommer, Ärztin und Leiterin der Ambulanz im Spital Graz.\n\n"
            "Warum haben so viele Menschen Schmerzen?\n\nTexheim: Wir sitzen zu viel.\n\nSommer: Und wir bewegen uns zu wenig.\n\n"
            "Was raten Sie?\n\nTexheim: Jeden Tag eine halbe Stunde gehen.\n\nSommer: Das reicht oft schon.\n\n"
            "Und die Kosten?\n\nTexheim: Die Kasse zahlt die Therapie.\n\n")
    doc = analyze(text)
    said = {doc.text[c.span.start:c.span.end]: c.source.name for c in doc.claims if c.source}
    assert said == {
        "Wir sitzen zu viel.": "Ansgar Texheim",
        "Und wir bewegen uns zu wenig.": "Lea Sommer",
        "Jeden Tag eine halbe Stunde gehen.": "Ansgar Texheim",
        "Das reicht oft schon.": "Lea Sommer",
        "Die Kasse zahlt die Therapie.": "Ansgar Texheim",
    }


def test_an_answer_of_one_or_two_words_claims_nothing():
    """ "Ja, absolut." or "Richtig." answers but claims nothing; three words ("Das stimmt nicht.")
    are a claim (``min_answer_words``)."""
    text = ("Ein Interview mit Lea Sommer über Vorsorge.\n\nRaten Sie zu einer frühen Diagnose?\n\nJa, absolut.\n\n"
            "Und die Nachsorge?\n\nRichtig. Die wird oft vergessen.\n\nSind Sie zu streng?\n\nDas stimmt nicht.\n\n")
    doc = analyze(text)
    said = [doc.text[c.span.start:c.span.end] for c in doc.claims if c.source and c.source.name == "Lea Sommer"]
    assert said == ["Die wird oft vergessen.", "Das stimmt nicht."]
