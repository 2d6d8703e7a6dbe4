import datetime as dt

import pytest

from kg.clean import body_spans, masked
from kg.extract import extract_article
from kg.facts import Article


def pairs(facts):
    names = {o.key: o.name for o in facts.officials}
    return [(tuple(sorted(names.get(k, k) for k in c.participants)), c.date) for c in facts.calls]


def test_planned_call_is_not_a_call(extract):
    facts = extract("Swedish Defence Minister Pål Jonson plans to call Ukraine's Defence Minister Rustem Umerov next week "
                    "to present the details of the package.")
    assert facts.calls == ()


def test_speaker_who_reports_his_own_call(extract):
    facts = extract("Norwegian Defence Minister Bjorn Arild Gram announced the package on Thursday. Gram said he spoke by "
                    "phone with Ukrainian Defence Minister Rustem Umerov last Thursday to discuss Kyiv's needs.",
                    dt.date(2024, 2, 22))
    assert (("Bjorn Arild Gram", "Rustem Umerov"), dt.date(2024, 2, 15)) in pairs(facts)


def test_video_call_relative_date(extract):
    facts = extract("U.S. Secretary of War Pete Hegseth and Chinese Defense Minister Dong Jun held a video call on Tuesday, "
                    "their first direct conversation since Hegseth took office.", dt.date(2025, 9, 10))
    [call] = facts.calls
    assert call.mode == "video" and call.date == dt.date(2025, 9, 9)


def test_one_caller_two_calls(extract):
    facts = extract("U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Wednesday and later "
                    "the same day with Ukrainian President Volodymyr Zelensky, saying both wanted peace.", dt.date(2025, 2, 15))
    # a known official goes by the article's spelling; the reference table's name is an alias
    assert sorted(p for p, _ in pairs(facts)) == [("Donald Trump", "Vladimir Putin"), ("Donald Trump", "Volodymyr Zelensky")]
    zelensky = next(o for o in facts.officials if o.name == "Volodymyr Zelensky")
    assert "Volodymyr Zelenskyy" in zelensky.aliases


def test_people_merely_mentioned_are_not_participants(extract):
    facts = extract("Gen. Mark Milley, Chairman of the Joint Chiefs of Staff, spoke by phone Monday with Russia's chief of "
                    "the general staff, Gen. Valery Gerasimov. The call was requested by Gerasimov, according to "
                    "Col. Dave Butler, a spokesman for Milley.", dt.date(2022, 10, 25))
    assert [p for p, _ in pairs(facts)] == [("Mark Milley", "Valery Gerasimov")]


def test_implicit_counterparts_in_a_country_list(extract):
    facts = extract("Russian Defense Minister Sergei Shoigu met Defense Secretary Lloyd Austin last year. "
                    "French Armed Forces Minister Sebastien Lecornu and British Defence Secretary Ben Wallace spoke about "
                    "Ukraine. Shoigu also placed calls on Sunday to his counterparts in Britain and France.",
                    dt.date(2022, 10, 25))
    got = {p for p, _ in pairs(facts)}
    assert ("Ben Wallace", "Sergei Shoigu") in got and ("Sebastien Lecornu", "Sergei Shoigu") in got


def test_request_of_a_capital_names_the_initiator(extract):
    facts = extract("SEOUL, Dec. 19 -- Defense Minister Shin Won-sik spoke by phone on Tuesday with U.S. Defense "
                    "Secretary Lloyd Austin. The call was arranged at the request of Seoul, a ministry official said.",
                    dt.date(2023, 12, 19))
    call = next(c for c in facts.calls if set(c.participants) == {"shin-won-sik", "lloyd-austin"})
    assert call.initiator == "shin-won-sik"


def test_follow_up_about_one_side_goes_to_that_call(extract):
    facts = extract("Turkish Defense Minister Yasar Guler spoke by phone first with Ukrainian Defense Minister Rustem "
                    "Umerov and then with Russian Defense Minister Andrei Belousov on Wednesday. The call with Belousov "
                    "was held at the request of the Russian side.", dt.date(2024, 6, 13))
    call = next(c for c in facts.calls if "andrei-belousov" in c.participants)
    assert call.initiator == "andrei-belousov"


def test_more_call_phrasings(extract):
    d = dt.date(2024, 3, 6)
    for text in ["British Defence Secretary Grant Shapps held a video conference with Ukrainian Defence Minister Rustem "
                 "Umerov on Tuesday.",
                 "Chinese Foreign Minister Wang Yi held phone talks with Russian Foreign Minister Sergey Lavrov on Tuesday.",
                 "Indian Defence Minister Rajnath Singh and U.S. Defense Secretary Lloyd Austin exchanged views by "
                 "telephone on Tuesday."]:
        facts = extract(text, d)
        assert len(facts.calls) == 1 and facts.calls[0].date == dt.date(2024, 3, 5), text


def test_caller_phrasings_name_the_initiator(extract):
    d = dt.date(2024, 3, 6)
    for text, caller in [("Turkish Defense Minister Hulusi Akar received a call from Russian Defense Minister Sergei "
                          "Shoigu on Tuesday.", "sergei-shoigu"),
                         ("U.S. President Joe Biden reached out to Israeli Prime Minister Benjamin Netanyahu on Tuesday "
                          "in a phone call.", "joe-biden"),
                         ("U.S. Defense Secretary Lloyd Austin placed a call to Chinese Defense Minister Dong Jun on "
                          "Tuesday.", "lloyd-austin")]:
        [call] = extract(text, d).calls
        assert call.initiator == caller, text


def test_person_named_in_the_topic_is_not_a_participant(extract):
    facts = extract("U.S. Defense Secretary Lloyd Austin spoke by phone with Ukrainian Defense Minister Rustem Umerov "
                    "on Tuesday about French President Emmanuel Macron's visit.", dt.date(2024, 3, 6))
    assert [p for p, _ in pairs(facts)] == [("Lloyd Austin", "Rustem Umerov")]


def test_call_under_discussion_is_not_a_call(extract):
    facts = extract("Gen. Dan Caine, Chairman of the Joint Chiefs of Staff, met Chinese Defense Minister Dong Jun last "
                    "year. A call between the two is being discussed but has not been scheduled.", dt.date(2025, 9, 10))
    assert facts.calls == ()


def test_previous_call_of_the_pair_gets_its_date(extract):
    facts = extract("U.S. Defense Secretary Lloyd Austin spoke by phone on Sunday with Russian Defense Minister Sergei "
                    "Shoigu, their second call in three days. Sunday's call was made at Shoigu's request. Austin had "
                    "initiated the previous call on Friday.", dt.date(2022, 10, 23))
    calls = {c.date: c.initiator for c in facts.calls}
    assert calls == {dt.date(2022, 10, 23): "sergei-shoigu", dt.date(2022, 10, 21): "lloyd-austin"}


def test_digest_bullets_that_are_sentences(extract):
    text = ("Daily Defense Digest\n\nHome | World | Politics | Subscribe\n\n"
            "Here are today's top stories on defense diplomacy and military assistance from around the world, "
            "compiled by our editors.\n\n"
            "• U.S. Defense Secretary Lloyd Austin spoke by phone with Ukrainian Defense Minister Rustem Umerov on "
            "Tuesday to discuss air defense needs.\n"
            "• German Chancellor Olaf Scholz held a phone call with French President Emmanuel Macron on Monday.\n"
            "• Read more: Pentagon budget\n• Subscribe to our newsletter\n")
    assert len(extract(text, dt.date(2024, 3, 6)).calls) == 2


def test_verb_of_agreement_with_the_call_as_its_setting(extract):
    facts = extract("OSLO, May 8 - Norwegian Defence Minister Odd Vestby and his Danish counterpart Mette Holm agreed in a "
                    "video conference Tuesday to expand joint air patrols, the ministry said.", dt.date(2024, 5, 8))
    assert pairs(facts) == [(("Mette Holm", "Odd Vestby"), dt.date(2024, 5, 7))]


def test_planned_and_due_calls_are_not_calls(extract):
    facts = extract("Deputy Defence Minister Tomas Varga told reporters that a planned call between Defence Minister Ivan "
                    "Horak and German Defence Minister Klaus Brenner was postponed. Horak is due to hold a videoconference "
                    "with Italian Defence Minister Paolo Ferri on Friday.", dt.date(2024, 5, 8))
    assert facts.calls == ()


def test_source_speaking_on_condition_of_anonymity_is_no_call(extract):
    facts = extract("Defense Secretary Mark Dalton is expected to speak with his Russian counterpart, Defense Minister "
                    "Pavel Orlov, in the coming days, a U.S. official said, speaking on condition of anonymity.")
    assert facts.calls == ()


def test_people_of_another_event_in_a_since_clause(extract):
    facts = extract("Defense Secretary Mark Dalton held a video call with Chinese Defense Minister Li Wen on Tuesday. "
                    "The call was the first between the two since Dalton met with former Chinese Defense Minister "
                    "Zhao Ping in Phnom Penh in 2022.", dt.date(2024, 5, 8))
    assert [p for p, _ in pairs(facts)] == [("Li Wen", "Mark Dalton")]


def test_call_that_follows_an_in_person_meeting(extract):
    facts = extract("Admiral John Porter, the head of U.S. Pacific Command, held a video call on Monday with General Chen "
                    "Lei, the head of China's Eastern Theater Command. The conversation follows an agreement reached "
                    "last month when National Security Adviser Tom Reed held talks in Beijing with Chinese Foreign "
                    "Minister Liang Bo.", dt.date(2024, 5, 8))
    assert [p for p, _ in pairs(facts)] == [("Chen Lei", "John Porter")]


def test_call_received_on_a_day_from_the_caller(extract):
    facts = extract("AMMAN, May 8 -- Army Chief of Staff Maj. Gen. Omar Haddad received a phone call on Tuesday from "
                    "U.S. Army Chief of Staff Gen. Paul Carver.", dt.date(2024, 5, 8))
    [call] = facts.calls
    assert call.initiator == "paul-carver"


def test_request_of_a_side_in_a_follow_up_naming_the_other_side(extract):
    facts = extract("French Armed Forces Minister Luc Martin spoke by telephone with his Russian counterpart Oleg Popov "
                    "on Wednesday. The Russian defence ministry said the call took place upon the request of the French "
                    "side and that Popov had warned Paris.", dt.date(2024, 5, 8))
    [call] = facts.calls
    assert call.initiator == "luc-martin"


def test_definite_call_joined_by_two_is_one_call(extract):
    facts = extract("The defense ministers of Estonia, Latvia and Lithuania held a joint teleconference on Monday. The call "
                    "was convened by Estonian Minister of Defense Kalle Tamm, who was joined by Latvian Minister of "
                    "Defense Janis Ozols and Lithuanian Minister of Defense Jonas Petraitis.", dt.date(2024, 5, 8))
    [call] = facts.calls
    assert len(call.participants) == 3 and call.initiator == "kalle-tamm"


def test_titled_subject_beside_an_earlier_visit(extract):
    facts = extract("British Defence Secretary Tom Harwell will visit Kyiv next week. Ahead of the visit, the Defence "
                    "Secretary spoke to his Ukrainian counterpart, Defence Minister Oleh Dovhyi, on Tuesday.",
                    dt.date(2024, 3, 8))
    assert (("Oleh Dovhyi", "Tom Harwell"), dt.date(2024, 3, 5)) in pairs(facts)


def test_the_two_had_last_spoken_after_a_meeting(extract):
    facts = extract("German Defence Minister Karl Brenner met Ukrainian Defence Minister Oleh Dovhyi in Kyiv on Thursday. "
                    "The two had last spoken by video call on Aug. 30, when Dovhyi asked for more air defence.",
                    dt.date(2024, 9, 19))
    assert (("Karl Brenner", "Oleh Dovhyi"), dt.date(2024, 8, 30)) in pairs(facts)
    assert all(d is not None for _, d in pairs(facts))


def test_telephoned_with_names_no_initiator(extract):
    facts = extract("Already on Thursday, Minister Karl Brenner had telephoned with his Ukrainian colleague Oleh Dovhyi "
                    "and informed him about the deliveries. Minister Dovhyi thanked him.", dt.date(2023, 5, 13))
    [call] = facts.calls
    assert call.initiator is None


def test_follow_up_gives_the_date_and_initiator(extract):
    facts = extract("Minister of Defence of Ukraine Oleh Dovhyi had a phone conversation with Secretary of State for "
                    "Defence of the United Kingdom Alan Pritchard. The conversation took place today on initiative of "
                    "British side.", dt.date(2023, 11, 14))
    [call] = facts.calls
    names = {o.key: o.name for o in facts.officials}
    assert call.date == dt.date(2023, 11, 14) and names.get(call.initiator) == "Alan Pritchard"


def test_the_two_leaders_after_someone_else_is_named(extract):
    facts = extract("Indian Defence Minister Vikram Rao had a telephonic conversation with US Secretary of Defense Dale "
                    "Morton today. Rao had earlier met Mr Morton's predecessor, Mr Glen Harper, in Washington on 3 May "
                    "2024, and the two leaders had also held a telephonic conversation on 12 June 2024.",
                    dt.date(2025, 2, 3))
    assert (("Dale Morton", "Vikram Rao"), dt.date(2024, 6, 12)) not in pairs(facts)


def test_telephonic_conversation_beside_a_meeting(extract):
    facts = extract("The conversation follows the telephonic conversation between Prime Minister Arun Mehta and US "
                    "President Mr Carl Dwyer on 27 January 2025, during which both leaders discussed a visit.",
                    dt.date(2025, 2, 3))
    assert (("Arun Mehta", "Carl Dwyer"), dt.date(2025, 1, 27)) in pairs(facts)


def test_people_called_by_someone_who_is_no_official_did_not_speak_together(extract):
    facts = extract("Polish Foreign Minister Adam Sowa met reporters on Monday. Paul Grady spoke by phone with Russian "
                    "President Igor Volkov on Wednesday and later the same day with Ukrainian President Taras Bondar.",
                    dt.date(2025, 2, 15))
    assert (("Igor Volkov", "Taras Bondar"), dt.date(2025, 2, 12)) not in pairs(facts)


def test_month_only_earlier_call_is_an_undated_call(extract):
    facts = extract("Chinese Defense Minister Li Wenhao held a video call with U.S. Secretary of Defense Mark Fenton on "
                    "Tuesday. The last telephone conversation between the two countries' defense chiefs took place in "
                    "April 2022, between Defense Minister Zhao Pengfei and Fenton.", dt.date(2024, 4, 17))
    assert (("Mark Fenton", "Zhao Pengfei"), None) in pairs(facts)


def test_no_plans_for_a_call_is_not_a_call(extract):
    text = ("There are no plans yet for President Vladimir Putin to speak with President Emmanuel Macron, "
            "the Kremlin spokesman Dmitry Peskov said on Monday.")
    assert extract(text, dt.date(2022, 10, 24)).calls == ()


def test_a_described_official_and_two_days_make_two_calls(extract):
    text = ("Kremlin spokesman Dmitry Peskov declined to comment, and Peskov's office gave no details. "
            "Defense Minister Sergei Shoigu met troops on Saturday. Russia's defence chief also held phone talks "
            "with Secretary of Defense Lloyd Austin twice, on Friday and again on Sunday, the ministry said.")
    facts = extract(text, dt.date(2022, 10, 24))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("lloyd-austin", "sergei-shoigu"), dt.date(2022, 10, 21)), (("lloyd-austin", "sergei-shoigu"), dt.date(2022, 10, 23))]


def _calls(facts):
    return sorted((c.participants, c.date, c.initiator) for c in facts.calls)


def test_speakers_of_a_verb_told_in_a_call_take_part(extract):
    text = ("In telephone talks on Monday, Prime Minister Keir Starmer and Chancellor Friedrich Merz confirmed that "
            "support for Ukraine must continue.")
    facts = extract(text, dt.date(2025, 6, 3))
    assert _calls(facts) == [(("friedrich-merz", "keir-starmer"), dt.date(2025, 6, 2), None)]


def test_an_official_who_took_part_in_the_call_is_a_participant(extract):
    text = ("President Joe Biden and Prime Minister Benjamin Netanyahu spoke by phone on Wednesday. "
            "Vice President Kamala Harris also took part in the call, the White House said.")
    facts = extract(text, dt.date(2024, 10, 10))
    assert [c.participants for c in facts.calls] == [("benjamin-netanyahu", "joe-biden", "kamala-harris")]


def test_a_date_of_another_event_in_the_sentence_does_not_date_the_call(extract):
    text = ("President Donald Trump spoke by phone with Prime Minister Mark Carney, their third conversation "
            "since March 28, days before they met in Washington on May 6.")
    facts = extract(text, dt.date(2025, 5, 20))
    dates = {c.date for c in facts.calls if not c.earlier}
    assert dt.date(2025, 5, 6) not in dates


def test_the_day_a_call_was_meant_for_is_not_its_date(extract):
    text = ("Prime Minister Rishi Sunak finally spoke by phone with Prime Minister Benjamin Netanyahu, in a call that "
            "had been meant to happen on Monday.")
    facts = extract(text, dt.date(2024, 4, 17))
    assert [c.date for c in facts.calls] == [None]


def test_a_side_that_initiated_the_call_told_apart_from_the_call(extract):
    text = ("Defense Secretary Lloyd Austin held a telephone conversation with Defence Minister Andrei Belousov on "
            "Friday. Spokesperson Sabrina Singh said it was \"the Russian side\" that had initiated the call.")
    facts = extract(text, dt.date(2024, 7, 13))
    assert _calls(facts) == [(("andrei-belousov", "lloyd-austin"), dt.date(2024, 7, 12), "andrei-belousov")]


def test_talks_are_a_call_where_the_article_tells_of_a_phone_call(extract):
    text = ("Albanese and Trump talk again\nPrime Minister Anthony Albanese has held talks with President Donald Trump, "
            "though there is still no sign of when the two will meet in person.\nIt was the pair's fourth phone call, and the "
            "leaders discussed trade and critical minerals, according to the readout.")
    facts = extract(text, dt.date(2025, 9, 5))
    assert [c.participants for c in facts.calls if not c.earlier] == [("anthony-albanese", "donald-trump")]


def test_talks_at_a_meeting_are_not_a_call(extract):
    text = ("Prime Minister Anthony Albanese held talks with President Donald Trump at the summit in Washington. "
            "Trump later took a phone call from another leader.")
    facts = extract(text, dt.date(2025, 10, 21))
    assert ("anthony-albanese", "donald-trump") not in [c.participants for c in facts.calls]


def test_an_earlier_call_told_without_its_day_is_an_undated_earlier_call(extract):
    text = ("Chancellor Olaf Scholz spoke by telephone with President Vladimir Putin on Friday.\n"
            "The last time Scholz and Putin had spoken was in December 2022.")
    facts = extract(text, dt.date(2024, 11, 15))
    assert sorted((c.date is None, c.earlier) for c in facts.calls) == [(False, False), (True, True)]


def test_speaking_to_the_press_is_not_a_call(extract):
    text = ("Secretary of State Antony Blinken and Foreign Secretary Enrique Manalo spoke to the press on Tuesday after "
            "their talks in Manila.")
    assert extract(text, dt.date(2024, 7, 31)).calls == ()


def test_a_name_that_modifies_another_noun_does_not_take_part(extract):
    text = ("Defense Minister Israel Katz spoke by phone on Monday with Defense Secretary Pete Hegseth and thanked him "
            "for the Trump administration's help.")
    facts = extract(text, dt.date(2025, 3, 4))
    assert [c.participants for c in facts.calls] == [("israel-katz", "pete-hegseth")]


def test_meeting_virtually_and_virtual_talks_are_video_calls(extract):
    for text in ("On Thursday, Defense Minister Dong Jun held virtual talks with Defense Minister Andrei Belousov.",
                 "On Thursday, Defense Minister Dong Jun met virtually with Defense Minister Andrei Belousov."):
        facts = extract(text, dt.date(2026, 1, 30))
        assert [(c.participants, c.date, c.mode) for c in facts.calls] == [
            (("andrei-belousov", "dong-jun"), dt.date(2026, 1, 29), "video")], text


def test_topics_are_whole_noun_phrases_or_nothing(extract):
    text = ("President Joe Biden talked about the war in Gaza with Prime Minister Benjamin Netanyahu by phone on "
            "Monday. Defence Minister John Healey spoke by phone with Defence Minister Rustem Umerov on Tuesday to "
            "discuss the package, which was announced last week.")
    facts = extract(text, dt.date(2024, 1, 17))
    topics = sorted(t for c in facts.calls for t in c.topics)
    assert topics == ["the package", "the war in Gaza"]


def test_he_is_the_official_the_sentence_before_is_about(extract):
    facts = extract("Dutch Prime Minister Dick Schoof visited Vilnius on Monday. He also spoke by phone with Lithuanian "
                    "President Gitanas Nauseda on Tuesday.", date=dt.date(2024, 8, 7))
    assert pairs(facts) == [(("Dick Schoof", "Gitanas Nauseda"), dt.date(2024, 8, 6))]


def test_she_held_separate_calls_with_each(extract):
    facts = extract("Finnish Foreign Minister Elina Valtonen arrived in Oslo on Monday. On Tuesday she held separate "
                    "calls with Latvian Foreign Minister Baiba Braze and Polish Foreign Minister Radoslaw Sikorski.",
                    date=dt.date(2024, 8, 7))
    assert sorted(pairs(facts)) == [(("Baiba Braze", "Elina Valtonen"), dt.date(2024, 8, 6)),
                                    (("Elina Valtonen", "Radoslaw Sikorski"), dt.date(2024, 8, 6))]


def test_he_after_two_named_subjects_is_unresolved(extract):
    facts = extract("Dick Schoof and Gitanas Nauseda met in Vilnius on Monday. He also spoke by phone with Polish "
                    "President Andrzej Duda on Tuesday.", date=dt.date(2024, 8, 7))
    assert not any("Andrzej Duda" in names for names, _ in pairs(facts))


def test_calling_on_someone_is_a_visit_not_a_call(extract):
    facts = extract("General Metin Gurak, Chief of the Turkish General Staff, called on General Sahir Shamshad Mirza, "
                    "Chairman Joint Chiefs of Staff Committee, on Monday. He also called on Pakistan to widen defence "
                    "collaboration.", date=dt.date(2024, 8, 7))
    assert facts.calls == ()


def test_an_envoys_counterparts_are_not_the_other_sides_ministers(extract):
    facts = extract("Foreign Minister Yun Byung-se spoke by phone with Japanese Foreign Minister Fumio Kishida on Monday. "
                    "Separately, Kim Hong-kyun, Seoul's chief nuclear envoy, held telephone talks with his counterparts "
                    "from Japan and the US.", date=dt.date(2017, 3, 7))
    assert pairs(facts) == [(("Fumio Kishida", "Yun Byung-se"), dt.date(2017, 3, 6))]


def test_that_same_day_is_the_day_of_the_call_told_before(extract):
    facts = extract("On Monday, Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani spoke by phone with "
                    "Egyptian Foreign Minister Badr Abdelatty. That same day, Abdelatty also spoke by phone with U.S. "
                    "Secretary of State Antony Blinken.", date=dt.date(2024, 8, 7))
    assert (("Antony Blinken", "Badr Abdelatty"), dt.date(2024, 8, 5)) in pairs(facts)


def test_the_pair_that_discussed_on_a_day_dates_their_call(extract):
    facts = extract("Prince Mohammed and Trump held a telephone conversation.\n\nOn Friday, US President Donald Trump and "
                    "Saudi Crown Prince Mohammed bin Salman discussed fresh threats from Tehran.", date=dt.date(2019, 6, 22))
    assert pairs(facts) == [(("Donald Trump", "Mohammed bin Salman"), dt.date(2019, 6, 21))]


def test_they_are_the_pair_that_is_subject_before_not_everyone_named(extract):
    facts = extract("Antony Blinken and Wang Yi last met face to face before the summit of Joe Biden and Xi Jinping in "
                    "November, and they also talked by phone on Dec. 5.", date=dt.date(2024, 2, 16))
    assert pairs(facts) == [(("Antony Blinken", "Wang Yi"), dt.date(2023, 12, 5))]


def test_talk_of_a_call_and_a_call_that_would_happen_are_not_calls(extract):
    facts = extract("There has been talk of a phone call between Joe Biden and Xi Jinping before long. The White House "
                    "said the Biden-Zelenskiy phone call would reaffirm those pledges.", date=dt.date(2024, 2, 16))
    assert facts.calls == ()


def test_the_participants_and_those_also_on_the_line_are_one_call(extract):
    facts = extract("On Monday, Joe Biden held consultations with allied leaders. According to the White House, Monday's "
                    "call ran for an hour.\n\nBesides Biden, the participants were Japanese Prime Minister Fumio Kishida, "
                    "Italian Prime Minister Mario Draghi and Polish President Andrzej Duda.\n\nAlso on the line were NATO "
                    "Secretary General Jens Stoltenberg and EU Council President Charles Michel.", date=dt.date(2022, 3, 1))
    [call] = facts.calls
    names = {o.key: o.name for o in facts.officials}
    assert {names[k] for k in call.participants} == {"Joe Biden", "Fumio Kishida", "Mario Draghi", "Andrzej Duda",
                                                     "Jens Stoltenberg", "Charles Michel"}
    assert call.date == dt.date(2022, 2, 28)


def test_who_placed_it_and_a_readouts_at_request(extract):
    facts = extract("South Korean President Yoon Suk Yeol spoke by phone with Ukrainian President Volodymyr Zelenskyy "
                    "on Tuesday. The call lasted 20 minutes, and it was Yoon who placed it.", date=dt.date(2022, 3, 30))
    [call] = facts.calls
    assert call.initiator == next(o.key for o in facts.officials if o.name.startswith("Yoon"))
    facts = extract("On November 29, 2017, at request, President Xi Jinping had telephone talks with Donald Trump, "
                    "President of the United States.", date=dt.date(2017, 11, 29))
    [call] = facts.calls
    assert call.initiator == "donald-trump"


def test_who_extended_a_call_to_the_other_initiated_it(extract):
    facts = extract("In November 2016 Chinese President Xi Jinping had extended a call to the newly elected Donald Trump "
                    "with congratulations.", date=dt.date(2025, 1, 20))
    [call] = facts.calls
    assert call.initiator == "xi-jinping"


def test_a_call_someone_is_to_hold_and_the_one_briefed_on_a_call(extract):
    facts = extract("Joe Biden, the US president, is to speak with Volodymyr Zelenskiy, Ukraine's president, after the "
                    "announcement.", date=dt.date(2022, 8, 24))
    assert facts.calls == ()
    facts = extract("Chinese President Xi Jinping briefed Russian President Vladimir Putin on his recent conversation "
                    "with US President Donald Trump, held on January 17.", date=dt.date(2025, 1, 21))
    assert pairs(facts) == [(("Donald Trump", "Xi Jinping"), dt.date(2025, 1, 17))]


def test_those_taking_part_and_a_call_convened_on_a_day(extract):
    facts = extract("On Tuesday, U.S. President Joe Biden held a phone call with a group of foreign leaders. The president "
                    "convened the call in the morning. The statement said those taking part were Canada's Prime Minister "
                    "Justin Trudeau; Japan's Prime Minister Fumio Kishida; and Poland's President Andrzej Duda.",
                    date=dt.date(2023, 10, 4))
    [call] = facts.calls
    names = {o.key: o.name for o in facts.officials}
    assert {names[k] for k in call.participants} == {"Joe Biden", "Justin Trudeau", "Fumio Kishida", "Andrzej Duda"}
    assert call.date == dt.date(2023, 10, 3)


def test_calls_received_from_two_callers_each_have_their_caller(extract):
    facts = extract("On Thursday, Defence Minister Rajnath Singh got phone calls from Taro Kono, his counterpart in Japan, "
                    "and from US Secretary of Defence Mark Esper.", date=dt.date(2020, 1, 10))
    initiators = {tuple(sorted(c.participants)): c.initiator for c in facts.calls}
    assert initiators == {("rajnath-singh", "taro-kono"): "taro-kono", ("mark-esper", "rajnath-singh"): "mark-esper"}


def test_talking_at_a_meeting_the_article_reports_is_not_a_call(extract):
    facts = extract("TOKYO - On Tuesday, Japanese Defense Minister Nobuo Kishi and Phan Van Giang, his counterpart from "
                    "Vietnam, talked about regional cooperation. According to a statement released after the meeting, "
                    "the ministers agreed to speed up joint efforts.", date=dt.date(2021, 11, 23))
    assert facts.calls == ()
    assert next(o for o in facts.officials if o.country == "VN").roles  # the counterpart holds the same post
    facts = extract("On Tuesday, Japanese Defense Minister Nobuo Kishi and Phan Van Giang, his counterpart from Vietnam, "
                    "talked about regional cooperation. They will meet in Hanoi next year.", date=dt.date(2021, 11, 23))
    assert len(facts.calls) == 1  # the meeting is another one: they talked (by phone, the readout's usual sense)


def test_on_the_same_day_before_a_call_verb_is_not_calling_on(extract):
    facts = extract("Pevkur held a phone call with Ukrainian Defence Minister Rustem Umerov on Tuesday. On the same day "
                    "Estonian Defence Minister Hanno Pevkur also called Latvian Defence Minister Andris Spruds to discuss "
                    "procurement.", date=dt.date(2024, 3, 21))
    assert (("Andris Spruds", "Hanno Pevkur"), dt.date(2024, 3, 19)) in pairs(facts)


def test_a_list_of_calls_with_each_leader_is_a_call_each_on_the_day_told(extract):
    facts = extract("On Tuesday the Turkish president kept up his diplomacy. Officials said Recep Tayyip Erdogan spoke "
                    "by phone with French President Emmanuel Macron; with King Abdullah II of Jordan; and with "
                    "Saad Hariri, the Lebanese Prime Minister.", dt.date(2017, 6, 7))
    pairs = {frozenset(c.participants): c.date for c in facts.calls}
    erdogan = next(o.key for o in facts.officials if "Erdogan" in o.name)
    others = {o.key for o in facts.officials if o.key != erdogan}
    assert set(pairs) == {frozenset({erdogan, k}) for k in others} and len(others) == 3
    assert len(set(pairs.values())) == 1


def test_calls_with_several_leaders_and_no_caller_are_the_round_of_the_official_told_before(extract):
    facts = extract("President Recep Tayyip Erdogan spoke by phone with French President Emmanuel Macron on Tuesday. "
                    "He also spoke with Indonesian President Joko Widodo on Tuesday. Those conversations followed "
                    "phone calls on Monday with Russian President Vladimir Putin and with Kuwait's Emir, Sabah "
                    "al-Ahmad al-Jaber al-Sabah.", dt.date(2017, 6, 7))
    erdogan = next(o.key for o in facts.officials if "Erdogan" in o.name)
    assert all(erdogan in c.participants and len(c.participants) == 2 for c in facts.calls)
    assert len(facts.calls) == 4


def test_three_leaders_who_met_in_a_virtual_summit_are_one_call_told_again_without_its_day(extract):
    facts = extract("On Monday Germany's Chancellor Angela Merkel, China's President Xi Jinping and France's President "
                    "Emmanuel Macron met in a virtual summit. The government said Chancellor Merkel had talked in a "
                    "video conference with Chinese President Xi Jinping.", dt.date(2021, 7, 6))
    [call] = facts.calls
    assert len(call.participants) == 3 and call.date == dt.date(2021, 7, 5)


def test_the_subject_who_organized_the_call_is_its_initiator_not_the_last_name_before_it(extract):
    facts = extract("French President Emmanuel Macron, Egyptian President Abdel-Fattah el-Sissi and US President "
                    "Donald Trump held a joint phone call on Monday. Macron, in Cairo for a meeting with el-Sissi, "
                    "organized the call.", dt.date(2025, 4, 8))
    [call] = facts.calls
    assert call.initiator == "emmanuel-macron"


def test_a_press_secretary_who_tells_of_the_calls_is_not_on_them(extract):
    facts = extract("Sean Spicer, Press Secretary to President Donald Trump, confirmed that the US President placed a "
                    "call to Nigerian President Muhammadu Buhari on Monday. At his Tuesday briefing, going over what Trump "
                    "did on Monday, Spicer said that "
                    "besides meeting the prime ministers of Japan and Canada in person, the President had also lately "
                    "held phone calls with the presidents of Peru, Tunisia, Nigeria and Colombia.",
                    dt.date(2017, 2, 15))
    assert [set(c.participants) for c in facts.calls] == [{"donald-trump", "muhammadu-buhari"}]


def test_talked_with_a_few_words_after_the_verb_is_a_call_and_the_same_day_twice_is_one(extract):
    facts = extract("On Oct. 12, President Volodymyr Zelensky said he had talked for the second time in two days with "
                    "Donald Trump, his U.S. counterpart. The two leaders' previous call was held on Oct. 11. Axios "
                    "reported that the Oct. 11 Zelensky-Trump call also touched on missiles.", dt.date(2025, 10, 13))
    assert sorted(c.date for c in facts.calls) == [dt.date(2025, 10, 11), dt.date(2025, 10, 12)]


@pytest.mark.parametrize("told", ["The call took place because the Iranian Government had asked for it.",
                                  "It was the Iranian Foreign Minister who requested the conversation."])
def test_a_government_or_a_title_of_one_side_asking_for_the_call_makes_that_side_the_caller(extract, told):
    facts = extract("Japan's Foreign Minister Hirofumi Nakasone spoke on the telephone on January 7 with Iran's Foreign "
                    "Minister Manouchehr Mottaki. " + told, dt.date(2009, 1, 7))
    [call] = facts.calls
    assert call.initiator == "manouchehr-mottaki"


def test_talks_someone_will_travel_to_hold_are_a_visit_to_come(extract):
    facts = extract("South Korean Foreign Minister Yun Byung-se spoke by phone with Chinese Foreign Minister Wang Yi on "
                    "Tuesday. Separately, Yun intends to travel to Washington early this month to hold bilateral talks "
                    "with U.S. Secretary of State John Kerry.", dt.date(2014, 1, 1))
    assert [set(c.participants) for c in facts.calls] == [{"yun-se", "wang-yi"}] or \
        all("john-kerry" not in c.participants for c in facts.calls)


@pytest.mark.parametrize("told", ["The call was held on Tashkent's initiative.",
                                  "The Uzbek president then stepped away to take a call from Vladimir Putin.",
                                  "They last spoke in May, when Tashkent also initiated the call."])
def test_who_initiated_told_by_capital_by_take_a_call_from_and_with_also(extract, told):
    facts = extract("Russian President Vladimir Putin and Uzbek President Shavkat Mirziyoyev held phone talks on "
                    "Monday. " + told, dt.date(2022, 5, 24))
    called_by = {c.initiator for c in facts.calls if c.initiator}
    assert called_by and called_by <= {"shavkat-mirziyoyev", "volodymyr-putin"}
    assert called_by == ({"volodymyr-putin"} if "from Vladimir Putin" in told else {"shavkat-mirziyoyev"})


@pytest.mark.parametrize("told, dated", [
    ("Polish President Andrzej Duda has spoken by phone with Lithuanian President Gitanas Nauseda.", True),
    ("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda have held a phone call.", True),
    ("Polish President Andrzej Duda has spoken by phone with Lithuanian President Gitanas Nauseda several times "
     "since the spring.", False),
    ("After a call with Lithuanian President Gitanas Nauseda, Polish President Andrzej Duda has praised the plan.", False),
])
def test_a_call_told_in_the_present_perfect_is_news_of_the_day_it_is_published(extract, told, dated):
    facts = extract(told, dt.date(2023, 6, 2))
    [call] = facts.calls
    assert call.date == (dt.date(2023, 6, 2) if dated else None)


@pytest.mark.parametrize("described", ["Japan's minister of defense", "the Japanese defense minister"])
def test_a_party_told_by_post_and_country_is_the_official_the_article_names_in_that_post(extract, described):
    facts = extract(f"On Friday Indian Defence Minister Rajnath Singh held a conversation with {described}, their first "
                    "contact in a year. It was also Singh's first exchange with Minoru Kihara, who became Japan's defense "
                    "minister in October.", dt.date(2025, 11, 7))
    assert [set(c.participants) for c in facts.calls] == [{"rajnath-singh", "minoru-kihara"}]


def test_a_party_told_by_post_alone_is_the_holder_of_that_post_on_the_day(extract):
    facts = extract("Defense Secretary Lloyd Austin spoke by phone on Tuesday with China's minister of national defense "
                    "about the South China Sea.", dt.date(2024, 4, 17))
    [call] = facts.calls
    assert "dong-jun" in call.participants and call.date == dt.date(2024, 4, 16)
    dong = next(o for o in facts.officials if o.key == "dong-jun")
    assert dong.confidence < 1


def test_a_time_stamp_that_opens_a_line_does_not_date_the_call(extract):
    facts = extract("date 2021-03-06 Greek Defence Minister Nikos Panagiotopoulos and Cypriot Defence Minister Charalambos "
                    "Petrides talked by phone, the Greek ministry said on Friday.", dt.date(2021, 3, 6))
    [call] = facts.calls
    assert call.date == dt.date(2021, 3, 5)


def test_people_of_the_talks_a_call_comes_before_are_not_on_the_call(extract):
    facts = extract("Before the talks with Lavrov, Finnish Foreign Minister Pekka Haavisto spoke by telephone with "
                    "Swedish Foreign Minister Ann Linde on Monday. Haavisto later met Russian Foreign Minister "
                    "Sergei Lavrov in Moscow.", dt.date(2020, 2, 11))
    assert [set(c.participants) for c in facts.calls] == [{"pekka-haavisto", "ann-linde"}]


def test_speaking_by_phone_with_someone_makes_the_subject_of_what_follows_the_other_party(extract):
    facts = extract("Speaking by phone with Canadian Foreign Minister Melanie Joly on Tuesday, Indian External Affairs "
                    "Minister S Jaishankar said that trust had to be rebuilt after the dispute that began following a "
                    "speech on Monday.", dt.date(2024, 5, 8))
    [call] = facts.calls
    assert set(call.participants) == {"melanie-joly", "subrahmanyam-jaishankar"} and call.date == dt.date(2024, 5, 7)


def test_the_two_after_a_pair_that_agreed_on_a_visit_by_a_third_are_the_pair(extract):
    facts = extract("On Saturday German Foreign Minister Annalena Baerbock and Chinese Foreign Minister Wang Yi agreed to "
                    "prepare a visit to Beijing by Chancellor Olaf Scholz. In the phone talks, Baerbock's first since she "
                    "took office Wednesday, the two diplomats stressed dialogue.", dt.date(2021, 12, 11))
    assert [(set(c.participants), c.date) for c in facts.calls] == [
        ({"annalena-baerbock", "wang-yi"}, dt.date(2021, 12, 11))]


def test_a_conversation_on_the_margins_of_a_summit_is_not_a_call(extract):
    facts = extract("Last week Dutch Prime Minister Mark Rutte and Canadian Prime Minister Justin Trudeau had a short "
                    "conversation in Madrid on the margins of the NATO summit.", dt.date(2022, 7, 6))
    assert facts.calls == ()


def test_a_title_subject_is_an_official_of_that_title_not_any_official(extract):
    facts = extract("Russian President Vladimir Putin spoke by phone with Saudi Crown Prince Mohammed bin Salman on "
                    "Saturday. On Friday, the Crown Prince held phone talks with Chinese President Xi Jinping.",
                    dt.date(2022, 4, 16))
    assert {frozenset(c.participants) for c in facts.calls} == {
        frozenset({"volodymyr-putin", "mohammed-salman"}), frozenset({"mohammed-salman", "xi-jinping"})}


def test_the_previous_publicly_announced_conversation_does_not_date_the_call(extract):
    facts = extract("Russian President Vladimir Putin spoke by phone with Saudi Crown Prince Mohammed bin Salman. The "
                    "Kremlin said the call on Saturday was held at the Saudi side's request. It said the previous "
                    "publicly announced conversation between Putin and the Crown Prince took place on March 3.",
                    dt.date(2022, 4, 16))
    assert dt.date(2022, 4, 16) in {c.date for c in facts.calls}


@pytest.mark.parametrize("told", [
    '"I had a call this morning with Lloyd Austin, the US defence secretary," he said.',
    "He says his phone conversation with Lloyd Austin, the US defence secretary, was warm.",
])
def test_the_one_who_tells_of_his_own_call_is_on_it(extract, told):
    facts = extract("Australian Defence Minister Richard Marles spoke to reporters in Perth on Wednesday. " + told,
                    dt.date(2023, 2, 8))
    assert {frozenset(c.participants) for c in facts.calls} == {frozenset({"richard-marles", "lloyd-austin"})}


def test_two_officials_who_reach_their_two_counterparts_each_call_the_one_of_their_own_post(extract):
    facts = extract("On Wednesday National Security Adviser Jake Sullivan and Defense Secretary Lloyd Austin phoned "
                    "their counterparts Ajit Doval and Rajnath Singh to discuss the Indo-Pacific.", dt.date(2021, 1, 28))
    assert {frozenset(c.participants) for c in facts.calls} == {
        frozenset({"jake-sullivan", "ajit-doval"}), frozenset({"lloyd-austin", "rajnath-singh"})}


def test_someone_named_in_a_whether_clause_about_the_call_is_not_on_it(extract):
    facts = extract("South African President Cyril Ramaphosa and Ukrainian President Volodymyr Zelensky spoke by phone on "
                    "Wednesday; the post did not say whether he had urged Ramaphosa to press Russian President Vladimir "
                    "Putin to stop the war.", dt.date(2022, 4, 21))
    assert {frozenset(c.participants) for c in facts.calls} == {
        frozenset({"cyril-ramaphosa", "volodymyr-zelenskyy"})}


def test_a_known_official_keeps_the_article_spelling_the_reference_table_lists(extract):
    facts = extract("Turkish President Recep Tayyip Erdogan had a telephone conversation with Brazilian President Lula "
                    "da Silva on Wednesday.", dt.date(2026, 1, 22))
    lula = next(o for o in facts.officials if o.country == "BR")
    assert lula.name == "Lula da Silva" and "Luiz Inácio Lula da Silva" in lula.aliases


def test_the_one_who_is_telephoned_by_someone_did_not_place_the_call(extract):
    facts = extract("On Thursday the Crown Prince of Abu Dhabi, Sheikh Mohamed bin Zayed Al Nahyan, was telephoned by "
                    "Egypt's President, Abdel Fattah el-Sisi.", dt.date(2020, 8, 13))
    [call] = facts.calls
    assert call.initiator == "abdel-sisi"


def test_today_in_a_wire_story_is_the_day_of_its_dateline(extract):
    facts = extract("Bogotá, Jan 7 (EFE).- Colombia's president, Gustavo Petro, said on Wednesday that during the "
                    "telephone call he held this afternoon with his US counterpart, Donald Trump, he asked for talks.",
                    dt.date(2026, 1, 8))
    [call] = facts.calls
    assert set(call.participants) == {"gustavo-petro", "donald-trump"} and call.date == dt.date(2026, 1, 7)
    petro = next(o for o in facts.officials if o.key == "gustavo-petro")
    assert petro.country == "CO" and petro.roles == ("President",)


def test_the_day_a_spokesman_tells_of_a_call_this_week_is_not_the_day_of_the_call(extract):
    facts = extract("On Saturday the acting presidential spokesperson said that South Africa's President Cyril Ramaphosa "
                    "spoke by telephone this week with French President Emmanuel Macron. According to him, in the "
                    "call, held on 5 May, Ramaphosa restated South Africa's position.", dt.date(2022, 5, 7))
    [call] = facts.calls
    assert call.date == dt.date(2022, 5, 5)


def test_placed_a_call_with_words_before_to_makes_the_subject_the_caller(extract):
    facts = extract("President Luiz Inácio Lula da Silva placed a call today, at about 2 p.m., to Ecuador's president, "
                    "Rafael Correa.", dt.date(2010, 10, 1))
    [call] = facts.calls
    assert call.initiator == "luiz-silva" and call.date == dt.date(2010, 10, 1)


def test_the_crown_prince_of_a_country_is_its_crown_prince_named_in_the_article(extract):
    facts = extract("On Monday Sheikh Mohamed bin Zayed, Abu Dhabi's Crown Prince, talked by phone with the Crown Prince "
                    "of Saudi Arabia. Saudi Crown Prince Mohammed bin Salman has been pressing for a deal.",
                    dt.date(2021, 9, 7))
    assert {frozenset(c.participants) for c in facts.calls} == {frozenset({"mohammed-nahyan", "mohammed-salman"})}


def test_a_previous_call_told_with_its_own_date_is_an_earlier_call(extract):
    facts = extract("Russian President Vladimir Putin spoke by phone with Saudi Crown Prince Mohammed bin Salman on "
                    "Saturday. The Kremlin said the previous publicly announced conversation between Putin and the "
                    "Saudi Crown Prince took place on March 3.", dt.date(2022, 4, 16))
    assert sorted(c.date for c in facts.calls) == [dt.date(2022, 3, 3), dt.date(2022, 4, 16)]


def test_a_day_in_brackets_before_the_news_and_after_that_date_the_calls(extract):
    facts = extract("Today (Saturday, 17 November 2012) Prime Minister Benjamin Netanyahu held conversations with Angela "
                    "Merkel, the German Chancellor; and Mario Monti, Prime Minister of Italy. After that he talked with "
                    "David Cameron, the UK Prime Minister.", dt.date(2012, 11, 17))
    assert {c.date for c in facts.calls} == {dt.date(2012, 11, 17)} and len(facts.calls) == 3


def test_a_wire_credit_in_brackets_still_closes_the_dateline(extract):
    facts = extract("New Delhi, May 25 (IANS) Prime Minister Narendra Modi got a telephone call on Friday from US "
                    "President Donald Trump, who congratulated him.", dt.date(2019, 5, 25))
    assert [set(c.participants) for c in facts.calls] == [{"narendra-modi", "donald-trump"}]


def test_a_day_that_dates_something_else_in_the_sentence_does_not_date_the_call(extract):
    facts = extract("Earlier in the week the prime minister Chris Hipkins spoke by phone with Ukraine's president "
                    "Volodymyr Zelenskiy and gave him advance notice of the support announced today.",
                    dt.date(2023, 5, 3))
    [call] = facts.calls
    assert call.date is None


def test_both_parties_told_by_post_are_the_officials_of_those_posts(extract):
    facts = extract("On Tuesday Norway's foreign minister spoke by phone with his Chilean counterpart, a ministry source said. "
                    "Norwegian Foreign Minister Espen Barth Eide and Chilean Foreign Minister Alberto van Klaveren also "
                    "signed a memorandum in March.", dt.date(2024, 6, 12))
    assert (("Alberto van Klaveren", "Espen Barth Eide"), dt.date(2024, 6, 11)) in pairs(facts)


def test_the_parties_of_a_verb_are_on_the_call_held_during_it(extract):
    facts = extract("Estonian Prime Minister Kaja Kallas and the Finnish leader also spoke about options for expanding "
                    "trade across the Baltic during a telephone conversation, the government said. "
                    "Finnish President Sauli Niinisto thanked her.", dt.date(2023, 3, 2))
    assert [p for p, _ in pairs(facts)] == [("Kaja Kallas", "Sauli Niinisto")]


def test_an_indefinite_post_is_anyone_of_the_kind_not_a_party(extract):
    facts = extract("Prime Minister Mark Rutte met President Lula in Brasilia. Wednesday's conversation, the first "
                    "between a Dutch prime minister and a Brazilian president in a decade, followed months of planning.",
                    dt.date(2023, 5, 4))
    assert facts.calls == ()


def test_a_known_name_does_not_run_across_other_words_to_another_name(extract):
    facts = extract("German Chancellor Olaf Scholz reportedly rang Vladimir Putin because Ukrainian President Zelenskyy "
                    "had asked him to.", dt.date(2023, 2, 5))
    assert [p for p, _ in pairs(facts)] == [("Olaf Scholz", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "Japanese Foreign Minister Yoko Kamikawa had asked for a conversation with Chinese Foreign Minister Wang Yi, "
    "the ministry said.",
    "Fumio Kishida and Yoon Suk Yeol to hold phone talks on Friday",
    "Fumio Kishida met Yoon Suk Yeol in Seoul in May. Speaking on Thursday evening, the presidential spokesman "
    "confirmed that the two leaders would meet again.",
])
def test_a_request_a_headline_still_to_come_or_a_spokesman_speaking_is_no_call(extract, text):
    assert extract(text, dt.date(2023, 3, 9)).calls == ()


def test_a_headline_says_who_placed_the_call_the_body_tells_without_a_caller(nlp):
    from kg.clean import body_spans, masked
    from kg.extract import extract_article
    from kg.facts import Article
    text = "Prime Minister Mark Carney and President Claudia Sheinbaum talked about tariffs by telephone on Monday."
    article = Article(key="t", text=text, date=dt.date(2025, 3, 4), title="Carney phones Sheinbaum on tariffs")
    body = body_spans(text)
    [call] = extract_article(nlp(masked(text, body)), article, body).calls
    assert call.initiator == "mark-carney"
    untitled = extract_article(nlp(masked(text, body)), Article(key="t", text=text, date=dt.date(2025, 3, 4)), body)
    assert untitled.calls[0].initiator is None


def test_calls_taken_from_the_ministers_of_countries_were_placed_by_them(extract):
    facts = extract("On Monday Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani took phone calls from the "
                    "foreign ministers of Oman and the United States, holding separate calls with Badr Albusaidi and "
                    "Antony Blinken.", dt.date(2024, 8, 6))
    by_pair = {frozenset(c.participants): c.initiator for c in facts.calls}
    assert by_pair[frozenset({"mohammed-thani", "antony-blinken"})] == "antony-blinken"


def test_him_after_a_call_verb_is_the_official_named_before(extract):
    facts = extract("Hours after the result of Lee Jae-myung's election was announced, Prime Minister Shigeru Ishiba "
                    "phoned him with congratulations.", dt.date(2025, 6, 4))
    assert [(tuple(sorted(c.participants)), c.initiator) for c in facts.calls] == [
        (("lee-jae-myung", "shigeru-ishiba"), "shigeru-ishiba")]


def test_every_party_listed_after_a_call_word_takes_part_however_deep_their_title(extract):
    facts = extract("Similar telephone conversations, also held at the initiative of the Russian side, took place "
                    "between Andrei Belousov and Minister of National Defence of the Republic of Poland Wladyslaw "
                    "Kosiniak-Kamysz, as well as with Secretary of State for Defence of the United Kingdom John Healey.",
                    dt.date(2024, 11, 20))
    assert {frozenset(c.participants) for c in facts.calls} == {
        frozenset({"andrei-belousov", "wladyslaw-kosiniak-kamysz"}), frozenset({"andrei-belousov", "john-healey"})}


def test_a_name_in_a_phrase_about_another_event_takes_no_part(extract):
    facts = extract("Volodymyr Zelensky and Mark Rutte have held a phone call after Donald Trump's move to halt "
                    "military aid to Ukraine, a decision seen as a gift to Vladimir Putin.", dt.date(2025, 3, 4))
    assert [frozenset(c.participants) for c in facts.calls] == [frozenset({"volodymyr-zelenskyy", "mark-rutte"})]


def test_a_call_told_with_also_after_a_dated_one_of_the_same_official_is_of_that_day(extract):
    facts = extract("President Recep Tayyip Erdogan held a phone call with Iraqi Prime Minister Mohammed Shia al-Sudani "
                    "on Sunday, the presidency said. The two leaders discussed water and energy. Erdogan also had a "
                    "telephone conversation with Ilham Aliyev, the President of Azerbaijan.", dt.date(2024, 4, 2))
    assert {c.date for c in facts.calls} == {dt.date(2024, 3, 31)} and len(facts.calls) == 2


def test_contacted_in_a_report_of_a_phone_call_is_that_call_with_its_day_and_caller(extract):
    facts = extract("On Tuesday, Defence Secretary John Healey contacted Rustem Umerov, Ukraine's Defence Minister. "
                    "A ministry spokesman said Healey spoke by phone with Umerov about air defence.", dt.date(2024, 8, 8))
    assert [(c.date, c.initiator) for c in facts.calls] == [(dt.date(2024, 8, 6), "john-healey")]
    assert extract("On Tuesday, Defence Secretary John Healey contacted Rustem Umerov, Ukraine's Defence Minister, "
                   "by letter.", dt.date(2024, 8, 8)).calls == ()


def test_the_one_who_chaired_the_session_a_list_of_participants_is_of_takes_part(extract):
    facts = extract("Kazakh President Kassym-Jomart Tokayev chaired an extraordinary session of the council on Monday. "
                    "The session took place by video-conference. Taking part were Vladimir Putin, President of Russia; "
                    "Alexander Lukashenko, President of Belarus; and Emomali Rahmon, President of Tajikistan.",
                    dt.date(2023, 5, 9))
    [call] = facts.calls
    assert set(call.participants) == {"kassym-jomart-tokayev", "volodymyr-putin", "oleksandr-lukashenko", "emomali-rahmon"}


def test_a_conversation_with_one_named_leader_is_the_round_hosts_call(extract):
    facts = extract("Mongolian President Ukhnaagiin Khurelsukh has held phone conversations with the heads of state of "
                    "Kazakhstan and Uzbekistan, his office said. In the conversation with Shavkat Mirziyoyev, President "
                    "of Uzbekistan, the two heads of state exchanged New Year wishes.", dt.date(2023, 12, 30))
    assert frozenset({"ukhnaagiin-khurelsukh", "shavkat-mirziyoyev"}) in {frozenset(c.participants) for c in facts.calls}


def test_separate_calls_the_titled_subject_rang_are_each_his_and_he_placed_them(extract):
    facts = extract("Helsinki: On Sunday, Finnish President Alexander Stubb spoke by telephone with the Baltic states' "
                    "new leaders, his office said.\n\nIn separate calls, the President rang three prime ministers - "
                    "Kristen Michal; then Evika Silina; and finally Gintautas Paluckas - and congratulated each on his "
                    "or her new post.", dt.date(2024, 12, 16))
    host = next(o.key for o in facts.officials if o.name == "Alexander Stubb")
    assert facts.calls and all(host in c.participants and c.initiator == host for c in facts.calls)


def test_a_known_name_with_its_given_names_joined_by_a_hyphen_is_the_known_official(extract):
    facts = extract("Egyptian President, Abdel-Fattah al-Sisi, spoke by telephone with Jordan's King Abdullah II on "
                    "Monday, the presidency said.", dt.date(2024, 3, 5))
    sisi = next(o for o in facts.officials if o.country == "EG")
    assert sisi.key == "abdel-sisi" and facts.calls


def test_took_a_call_yesterday_from_names_the_caller(extract):
    facts = extract("Greek Prime Minister Kyriakos Mitsotakis took a telephone call yesterday from his Italian "
                    "counterpart, Giorgia Meloni, his office said.", dt.date(2024, 3, 5))
    [call] = facts.calls
    assert call.date == dt.date(2024, 3, 4) and call.initiator == "giorgia-meloni"


def test_the_day_of_a_dateline_is_the_storys_not_the_calls(extract):
    facts = extract("ANKARA, March 6: President Recep Tayyip Erdogan phoned Prime Minister Kyriakos Mitsotakis, his "
                    "office said. In the telephone conversation yesterday, the two leaders discussed the Aegean.",
                    dt.date(2024, 3, 6))
    [call] = facts.calls
    assert call.date == dt.date(2024, 3, 5) and call.initiator == "recep-erdogan"


def test_a_dateline_a_day_after_the_pages_date_is_the_storys_today(extract):
    facts = extract("SEOUL, March 7 (Wire) - South Korean President Yoon Suk Yeol spoke by phone with Japanese Prime "
                    "Minister Fumio Kishida yesterday, his office said.", dt.date(2024, 3, 6))
    assert [c.date for c in facts.calls] == [dt.date(2024, 3, 6)]


def test_a_speaker_whose_relative_clause_tells_his_calls_takes_part_in_each(extract):
    facts = extract("President Gustavo Petro spoke by phone with Ukrainian President Volodymyr Zelensky. Petro, who had "
                    "earlier confirmed telephone conversations with French President Emmanuel Macron, China's Xi Jinping "
                    "and Russian President Vladimir Putin, had not yet confirmed this call.", dt.date(2024, 3, 6))
    petro = next(o.key for o in facts.officials if o.name == "Gustavo Petro")
    pairs_ = {frozenset(c.participants) for c in facts.calls}
    assert all(petro in p for p in pairs_) and len(pairs_) == 4


def test_the_two_after_a_list_of_people_called_is_never_two_of_the_list(extract):
    facts = extract("President William Ruto has at last spoken by phone with Ukrainian president Volodymyr Zelensky. Ruto, "
                    "who earlier confirmed telephone conversations with French President Emmanuel Macron, German "
                    "Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni, had not yet confirmed this call. "
                    "Previous reports said squabbling between Kenyan and Ukrainian diplomats explained why the call "
                    "between the two heads of state had been held up.", dt.date(2024, 3, 6))
    ruto = next(o.key for o in facts.officials if o.name == "William Ruto")
    assert len(facts.calls) == 4 and all(ruto in c.participants for c in facts.calls)


def test_the_two_countries_names_no_pair_of_people(extract):
    facts = extract("On Saturday, Crown Prince Salman bin Hamad spoke by telephone with four new leaders: Sheikh Mansour "
                    "bin Zayed, Sheikh Khaled bin Mohamed, Sheikh Hazza bin Zayed and Sheikh Tahnoun bin Zayed.\n\nThe "
                    "appointments were made on Wednesday: Sheikh Hazza and Sheikh Tahnoun were both made deputy rulers."
                    "\n\nIn the course of the conversations the leaders stressed how deep the ties between the two "
                    "countries run, the agency said.", dt.date(2024, 3, 6))
    host = "salman-khalifa"  # Bahrain's crown prince and prime minister, as the office-holder table keys him
    assert len(facts.calls) == 4 and all(host in c.participants for c in facts.calls)


def test_transitive_telephoned_is_a_call_its_subject_placed(extract):
    facts = extract("French President Emmanuel Macron has telephoned the Emir of Qatar, Tamim bin Hamad Al Thani, and the "
                    "two talked about Gaza.", dt.date(2024, 3, 6))
    [call] = facts.calls
    assert call.initiator == "emmanuel-macron"


def test_at_a_titled_officials_request_names_the_caller(extract):
    facts = extract("This afternoon President Cyril Ramaphosa had a discussion by telephone with Chinese President Xi "
                    "Jinping. The conversation took place at President Xi's request.", dt.date(2024, 3, 6))
    [call] = facts.calls
    assert call.initiator == "xi-jinping"


def test_a_call_being_set_up_has_not_happened(extract):
    assert extract("Government sources said on Monday that Prime Minister Fumio Kishida is setting up telephone talks "
                   "with Ukrainian President Volodymyr Zelenskyy.", dt.date(2024, 3, 6)).calls == ()


def test_overnight_names_no_day_for_it_may_be_either(extract):
    facts = extract("In a phone call overnight, Ukrainian President Volodymyr Zelensky thanked New Zealand Prime "
                    "Minister Christopher Luxon for his support.", dt.date(2024, 3, 6))
    assert [c.date for c in facts.calls] == [None]


def test_he_told_x_in_a_phone_call_is_the_speakers_call(extract):
    facts = extract("Prime Minister Christopher Luxon announced the aid on Monday. Luxon says he told Ukrainian President "
                    "Volodymyr Zelensky about the extra aid in a phone call.", dt.date(2024, 3, 6))
    assert {frozenset(c.participants) for c in facts.calls} == {frozenset({"christopher-luxon", "volodymyr-zelenskyy"})}


def test_a_social_media_handle_names_the_official_it_belongs_to(extract):
    facts = extract("Chancellor Olaf Scholz met Prime Minister Christopher Luxon in Berlin on Monday. Ukrainian President "
                    "Volodymyr Zelensky thanked Luxon. Luxon tweeted that he had just spoken by phone with @ZelenskyyUa.",
                    dt.date(2024, 3, 6))
    assert {frozenset(c.participants) for c in facts.calls} == {frozenset({"christopher-luxon", "volodymyr-zelenskyy"})}


def test_he_telephoned_x_names_the_other_participant_the_caller(extract):
    facts = extract("On Tuesday, Armenian Prime Minister Nikol Pashinyan and French President Emmanuel Macron talked by "
                    "phone. Macron has condemned the invasion. On Monday he telephoned Russian President Vladimir Putin "
                    "in a further effort to halt the fighting.", dt.date(2022, 3, 1))
    call = next(c for c in facts.calls if "volodymyr-putin" in c.participants)
    assert call.initiator == "emmanuel-macron"


def test_placed_his_calls_to_names_the_caller_of_each(extract):
    facts = extract("Kristen Michal, Estonia's new prime minister, placed his first two official telephone calls to "
                    "Volodymyr Zelenskyy, President of Ukraine, and to Petteri Orpo, the Prime Minister of Finland.",
                    dt.date(2024, 7, 24))
    assert len(facts.calls) == 2 and all(c.initiator == "kristen-michal" for c in facts.calls)


def test_an_official_known_by_the_given_name_is_found_by_it(extract):
    facts = extract("Indonesian President Prabowo Subianto spoke by telephone with Australian Prime Minister Anthony "
                    "Albanese on Friday.\n\nIn a post on Saturday, Prabowo wrote that he had phoned his friend Albanese "
                    "to share views on the region.", dt.date(2025, 5, 3))
    [call] = facts.calls
    assert call.initiator == "prabowo-subianto"


def test_calls_from_the_presidents_of_listed_countries_are_each_one_call_they_placed(extract):
    facts = extract("Pretoria: Two weeks after the election, congratulations from foreign leaders are still reaching "
                    "President Cyril Ramaphosa by phone.\n\nOn Tuesday Ramaphosa got calls from the Presidents of Zambia "
                    "and Malawi, who rang to congratulate him, according to a statement from the presidency.\n\n"
                    "Ramaphosa thanked Zambia's President Hakainde Hichilema for his good wishes and recalled his own "
                    "visit to Lusaka.\n\nTo President Lazarus Chakwera of Malawi he offered condolences over the floods "
                    "that struck earlier this year.", dt.date(2024, 6, 5))
    calls = {frozenset(c.participants): c.initiator for c in facts.calls}
    assert calls == {frozenset({"cyril-ramaphosa", "hakainde-hichilema"}): "hakainde-hichilema",
                     frozenset({"cyril-ramaphosa", "lazarus-chakwera"}): "lazarus-chakwera"}


def test_a_list_of_people_called_one_to_a_line_after_a_colon_are_each_the_callers_call(extract):
    facts = extract("On Sunday the President, Sheikh Tamim bin Hamad Al Thani, placed telephone calls to three "
                    "leaders:\n\n- Jordan: King Abdullah II bin Al Hussein, His Majesty the King of the Hashemite "
                    "Kingdom\n- Syria: Bashar Al-Assad, His Excellency the President of the Syrian Arab Republic\n"
                    "- Canada: Justin Trudeau, His Excellency the Prime Minister\n\nHe stressed that the escalation must "
                    "stop.", dt.date(2023, 10, 9))
    assert len(facts.calls) == 3 and all(c.initiator == "tamim-thani" and c.date == dt.date(2023, 10, 8)
                                         for c in facts.calls)
    assert not any("Kingdom" in o.name for o in facts.officials)
    assad = next(o for o in facts.officials if o.name == "Bashar Al-Assad")
    assert assad.roles == ("President",) and assad.country == "SY"


def test_each_call_of_a_list_takes_the_day_told_before_it(extract):
    facts = extract("President-elect Lee Jae-myung talked by phone with Australian Prime Minister Anthony Albanese on "
                    "Wednesday. On Thursday he talked with US President Joe Biden, on Friday with Japanese Prime Minister "
                    "Fumio Kishida and on Monday with British Prime Minister Keir Starmer.", dt.date(2025, 6, 11))
    days = {next(iter(set(c.participants) - {"lee-jae-myung"})): c.date for c in facts.calls}
    assert days == {"anthony-albanese": dt.date(2025, 6, 11), "joe-biden": dt.date(2025, 6, 5),
                    "fumio-kishida": dt.date(2025, 6, 6), "keir-starmer": dt.date(2025, 6, 9)}


def test_among_those_who_called_is_a_call_to_the_one_called_before(extract):
    facts = extract("Prime Minister Narendra Modi got a telephone call on Friday from US President Donald Trump, who "
                    "congratulated him on his election win, the ministry said.\n\nAlso among those who called was "
                    "President Emmanuel Macron of France. Modi thanked him for his warm wishes.", dt.date(2019, 5, 25))
    calls = {frozenset(c.participants): c.initiator for c in facts.calls}
    assert calls[frozenset({"narendra-modi", "emmanuel-macron"})] == "emmanuel-macron"


def test_a_call_in_a_month_long_past_is_an_earlier_call_of_the_pair(extract):
    facts = extract("President-elect Donald Trump and President Xi Jinping talked by phone on Friday, January 17. In "
                    "November 2016 Xi had extended a call to the newly elected Trump with congratulations on his victory.",
                    dt.date(2025, 1, 17))
    assert sorted((c.date, c.initiator) for c in facts.calls if c.date) == [(dt.date(2025, 1, 17), None)]
    assert [(c.earlier, c.initiator) for c in facts.calls if c.date is None] == [(True, "xi-jinping")]
    since = extract("President Joe Biden and President Xi Jinping have held a telephone conversation, their first "
                    "contact since meeting for a summit in November 2023.", dt.date(2024, 4, 2))
    assert len(since.calls) == 1


def test_speaking_with_a_and_separately_with_b_are_the_speakers_two_calls(extract):
    facts = extract("On Wednesday Defense Minister Shinjiro Koizumi held remote talks with European officials. Speaking by "
                    "video conference with Italian Defense Minister Guido Crosetto and, separately, with German Defence "
                    "Minister Boris Pistorius, Koizumi described the radar incident and the joint flight of bombers.",
                    dt.date(2025, 12, 12))
    assert {frozenset(c.participants) for c in facts.calls} == {
        frozenset({"shinjiro-koizumi", "guido-crosetto"}), frozenset({"shinjiro-koizumi", "boris-pistorius"})}


def test_a_shorter_name_opening_a_titled_fuller_one_is_that_person(extract):
    facts = extract("A telephone exchange between Hanna Girma Tadesse, Ethiopia's Minister of Peace, and Moses Kato, "
                    "Uganda's Minister of Security, turned into a row. According to a source, it was Hanna Girma who "
                    "phoned Kato on Sunday.", dt.date(2019, 8, 20))
    [call] = facts.calls
    assert call.initiator == "hanna-tadesse"


def test_a_call_one_meant_to_make_is_not_held(extract):
    facts = extract("Ankara said on Tuesday that Recep Tayyip Erdogan was planning to speak by phone that day with US "
                    "President Joe Biden and also meant to talk to Vladimir Putin by phone.", dt.date(2023, 5, 30))
    assert facts.calls == ()


def test_rejected_requests_for_talks_are_no_call(extract):
    facts = extract("The Pentagon said China turned down a request for a call between Defense Secretary Lloyd Austin and "
                    "his Chinese counterpart, Defense Minister Wei Fenghe. Beijing has in the past rejected Austin's "
                    "requests for talks; the two did not meet until June.", dt.date(2023, 2, 8))
    assert facts.calls == ()


def test_two_of_a_group_call_told_again_are_that_call(extract):
    facts = extract("For the first time in two months, U.S. President Joe Biden spoke by phone with Israel's Prime "
                    "Minister Benjamin Netanyahu. Vice President Kamala Harris took part in the call as well. Biden, in "
                    "the call with Netanyahu, also stressed the need to protect civilians.", dt.date(2024, 10, 10))
    assert [p for p, _ in pairs(facts)] == [("Benjamin Netanyahu", "Joe Biden", "Kamala Harris")]


def test_whom_an_adviser_serves_is_not_on_his_call(extract):
    facts = extract("Jake Sullivan, national security adviser to President Joe Biden, held a telephone call on Wednesday "
                    "with Yang Jiechi, China's top diplomat.", dt.date(2022, 5, 19))
    assert [p for p, _ in pairs(facts)] == [("Jake Sullivan", "Yang Jiechi")]


def test_an_aide_at_ones_side_is_not_the_other_party(extract):
    facts = extract("President Mauricio Macri took the call from US President Donald Trump on Wednesday with his cabinet "
                    "chief, Marcos Pena, at his side.", dt.date(2017, 2, 16))
    assert [p for p, _ in pairs(facts)] == [("Donald Trump", "Mauricio Macri")]


def test_a_call_told_in_a_past_clause_of_its_own_is_an_earlier_call(extract):
    facts = extract("Today Secretary of State Marco Rubio held a conversation with Sergey Lavrov, the Foreign Minister of "
                    "Russia, about what should come next after President Trump and President Putin spoke by phone on "
                    "October 16.", dt.date(2025, 10, 20))
    assert (("Donald Trump", "Vladimir Putin"), dt.date(2025, 10, 16)) in pairs(facts)
    assert (("Marco Rubio", "Sergey Lavrov"), dt.date(2025, 10, 20)) in pairs(facts)


def test_a_meeting_talked_over_is_the_topic_not_where_they_talked(extract):
    facts = extract("Before this, Zelenskyy had talked over the coming EU summit, where key decisions are due, with "
                    "Spain's Prime Minister Pedro Sánchez.", dt.date(2023, 12, 8))
    assert [p for p, _ in pairs(facts)] == [("Pedro Sánchez", "Volodymyr Zelenskyy")]


def test_who_it_was_that_made_the_contact_placed_the_call(extract):
    facts = extract("Greek Foreign Minister Nikos Dendias and Turkish Foreign Minister Mevlut Cavusoglu talked by "
                    "telephone earlier on Sunday. Diplomatic sources said it was the Turkish foreign minister who made "
                    "the contact.", dt.date(2020, 11, 9))
    [call] = facts.calls
    assert call.initiator == "mevlut-cavusoglu" and call.date == dt.date(2020, 11, 8)  # "earlier on Sunday": that day


def test_the_day_one_informed_the_other_dates_their_phone_conversation(extract):
    facts = extract("Barack Obama, the US President, informed Abdel Fattah al-Sisi, his Egyptian counterpart, on Tuesday "
                    "that he would lift the holds, according to a media report on Wednesday. During the telephone "
                    "conversation between the two, Obama told al-Sisi more.", dt.date(2015, 4, 1))
    assert [d for _, d in pairs(facts)] == [dt.date(2015, 3, 31)]


def test_a_dateline_city_is_not_the_country_of_the_title_after_it_and_back_in_a_month_is_an_earlier_call(extract):
    facts = extract("BUENOS AIRES – US President Donald Trump held a short telephone chat on Wednesday with Mauricio "
                    "Macri, his counterpart in Argentina. Macri said the US side had asked for the conversation. Back in "
                    "November, when the two men first spoke by telephone, they discussed trade.", dt.date(2017, 2, 16))
    assert {o.key: o.country for o in facts.officials} == {"donald-trump": "US", "mauricio-macri": "AR"}
    assert sorted(((c.date or dt.date.min), c.initiator) for c in facts.calls) == [
        (dt.date.min, None), (dt.date(2017, 2, 15), "donald-trump")]


def test_one_named_in_a_relative_clause_of_the_video_conference_is_on_it(extract):
    facts = extract("In Paris on Tuesday, Egyptian President Abdel Fattah al-Sisi and French President Emmanuel Macron "
                    "took part in a video conference in which King Abdullah II of Jordan appeared on screen.",
                    dt.date(2021, 5, 19))
    assert [p for p, _ in pairs(facts)] == [("Abdel Fattah al-Sisi", "Emmanuel Macron", "King Abdullah II")]


def test_what_a_headline_says_leaders_are_to_do_and_what_one_is_to_do_are_still_to_come(extract):
    facts = extract("France says Macron, Egypt's Sisi and Jordan's king to hold ceasefire talks by video\n\nSisi is in "
                    "Paris at the moment, while King Abdullah is to take part by video conference, the Elysee said.",
                    dt.date(2021, 5, 17))
    assert facts.calls == ()


def test_a_conference_call_held_with_several_is_one_call_beside_the_hubs_other_calls(extract):
    facts = extract("On Saturday President Barack Obama talked with Italy's prime minister, Matteo Renzi, and held a "
                    "conference call with Andris Berzins, Dalia Grybauskaite and Toomas Ilves, presidents of Latvia, "
                    "Lithuania and Estonia.", dt.date(2014, 3, 8))
    assert sorted(len(c.participants) for c in facts.calls) == [2, 4]


def test_a_call_the_previous_weekend_is_not_the_later_call_of_the_pair(extract):
    facts = extract("The previous weekend Barack Obama and Russia's president, Vladimir Putin, talked on the phone for "
                    "90 minutes. The two leaders then spoke for an hour on Thursday afternoon.", dt.date(2014, 3, 8))
    assert sorted(c.date or dt.date.min for c in facts.calls) == [dt.date.min, dt.date(2014, 3, 6)]


def test_a_refusal_to_talk_and_calls_for_a_government_to_act_are_no_calls(extract):
    facts = extract("The paper said Prime Minister Narendra Modi's refusal to talk to President Donald Trump showed "
                    "his anger. While in opposition, Christopher Luxon called again and again for the government to "
                    "send Russia's ambassador Georgii Zuev home.", dt.date(2025, 8, 26))
    assert facts.calls == ()


def test_the_previous_day_of_a_reported_day_and_an_honorific_before_a_name(extract):
    facts = extract("Saudi Arabia's Crown Prince, Mohammed bin Salman bin Abdulaziz, announced aid, the news agency SPA "
                    "said on Saturday, after he had spoken by phone with President of Ukraine Volodymyr Zelensky on the "
                    "previous day.", dt.date(2022, 10, 15))
    [call] = facts.calls
    assert call.date == dt.date(2022, 10, 14) and "mohammed-salman" in call.participants
    facts = extract("Jaishankar said he had spoken by telephone with Seyyed Abbas Araghchi, Iran's Foreign Minister.",
                    dt.date(2025, 6, 14))
    assert "abbas-araghchi" in {o.key for o in facts.officials}


def test_he_who_received_a_call_is_he_who_spoke_next(extract):
    facts = extract("External Affairs Minister S Jaishankar held talks on Friday. He said in a Friday post that he had "
                    "received a call from Gideon Sa'ar, Israel's Minister of Foreign Affairs. In a later post, he said "
                    "he had also spoken by telephone with Abbas Araghchi, Iran's Foreign Minister.", dt.date(2025, 6, 14))
    assert all("subrahmanyam-jaishankar" in c.participants for c in facts.calls) and len(facts.calls) == 2


def test_leaders_named_together_as_the_subject_of_a_video_talk_are_on_one_call(extract):
    facts = extract("Japan's Prime Minister Suga Yoshihide, President Joe Biden of the US, Australia's Prime Minister Scott "
                    "Morrison and India's Prime Minister Narendra Modi talked by video link for 90 minutes on Friday "
                    "night.", dt.date(2021, 3, 13))
    assert [p for p, _ in pairs(facts)] == [("Joe Biden", "Narendra Modi", "Scott Morrison", "Yoshihide Suga")]


def test_an_opposite_number_is_a_counterpart_and_a_headline_verb_is_no_family_name(extract):
    facts = extract("As Tensions Climb, Pentagon Chief Esper Speaks With His Chinese Counterpart\n\nDefense Secretary "
                    "Mark Esper talked on Thursday with his opposite number in China, Defense Minister Wei Fenghe.",
                    dt.date(2020, 8, 7))
    assert {o.name for o in facts.officials} == {"Mark Esper", "Wei Fenghe"}
    assert [p for p, _ in pairs(facts)] == [("Mark Esper", "Wei Fenghe")]


def test_the_day_since_which_a_call_is_the_first_is_no_call_when_it_dates_another_event(extract):
    facts = extract("On Friday US Secretary of State Mike Pompeo talked by phone with his Russian counterpart, Sergei "
                    "Lavrov. The phone call was the first between the two since Wednesday, when Washington announced "
                    "new sanctions.", dt.date(2018, 8, 11))
    assert pairs(facts) == [(("Mike Pompeo", "Sergei Lavrov"), dt.date(2018, 8, 10))]


def test_a_photo_caption_of_leaders_together_is_no_call(extract):
    facts = extract("President Yoon Suk Yeol (R) talks with the visiting Saudi Crown Prince Mohammed bin Salman after "
                    "their talks in Seoul on Nov. 17, 2022.", dt.date(2023, 10, 7))
    assert facts.calls == ()


def test_a_virtual_discussion_held_before_a_call_is_a_call_of_its_own(extract):
    facts = extract("Speaking by phone with US President Donald Trump, Xi Jinping said he wanted stable ties. Xi spoke "
                    "with Trump after holding a virtual discussion with Russian President Vladimir Putin earlier the same "
                    "day.", dt.date(2026, 2, 5))
    assert {p for p, _ in pairs(facts)} == {("Donald Trump", "Xi Jinping"), ("Vladimir Putin", "Xi Jinping")}


def test_callers_told_as_a_leader_or_a_side_that_asked_for_it(extract):
    facts = extract("In a telephone call on Wednesday that the French leader had asked for, Türkiye's President Recep "
                    "Tayyip Erdogan and his French counterpart Emmanuel Macron talked about the war.", dt.date(2025, 12, 4))
    assert facts.calls[0].initiator == "emmanuel-macron"
    facts = extract("Turkish Foreign Minister Hakan Fidan spoke by phone with US Secretary of State Antony Blinken. The "
                    "conversation, which came from the US side, dealt with Gaza.", dt.date(2023, 10, 15))
    assert facts.calls[0].initiator == "antony-blinken"
    facts = extract("Abe told the press once the conversation, which was held because the American president had asked "
                    "for it, was over. The telephone talks between Prime Minister Shinzo Abe and President Donald Trump "
                    "took place as tensions grew.", dt.date(2019, 12, 22))
    assert facts.calls[0].initiator == "donald-trump"


def test_a_senator_is_of_no_alliance():
    from kg.extract.titles import country_in_title
    assert country_in_title("Senator") is None and country_in_title("NATO Secretary General") == "NATO"


def test_a_quote_told_in_the_first_person_is_by_the_one_it_is_attributed_to_when_it_closes(extract):
    facts = extract("According to the Swedish head of government, the package targets air defence.\n\n\"Yesterday I had a "
                    "phone conversation with Ukraine's President Volodymyr Zelenskyy. I repeated to him what I have told "
                    "him before,\" Prime Minister Ulf Kristersson stressed.", dt.date(2024, 5, 29))
    assert pairs(facts) == [(("Ulf Kristersson", "Volodymyr Zelenskyy"), dt.date(2024, 5, 28))]


def test_separate_calls_the_subject_of_a_relative_clause_held_with_several_leaders(extract):
    facts = extract("Prime Minister Fumio Kishida said that trade had been on the agenda in separate phone calls he made "
                    "with Australia's leader, Prime Minister Anthony Albanese, with the President of Chile, Gabriel "
                    "Boric, and with Canada's Justin Trudeau on Monday.", dt.date(2023, 5, 3))
    assert sorted(p for p, _ in pairs(facts)) == [("Anthony Albanese", "Fumio Kishida"), ("Fumio Kishida", "Gabriel Boric"),
                                                  ("Fumio Kishida", "Justin Trudeau")]


def test_a_post_told_before_a_royal_style_gives_the_country(extract):
    facts = extract("Lesotho's ruler, King Tumelo Mokhele, spoke by telephone with Egyptian President Abdel Fattah "
                    "el-Sisi on Friday.", dt.date(2024, 2, 10))
    king = next(o for o in facts.officials if "Mokhele" in o.name)
    assert king.country == "LS"


def test_one_pair_talking_on_two_days_told_together_are_two_calls(extract):
    facts = extract("Indian Foreign Minister S Jaishankar and his Saudi counterpart Faisal bin Farhan Al Saud first "
                    "talked on April 2. The two ministers spoke by phone again on April 9 and on April 16.",
                    dt.date(2024, 4, 20))
    assert sorted(d for _, d in pairs(facts)) == [dt.date(2024, 4, 2), dt.date(2024, 4, 9), dt.date(2024, 4, 16)]


def test_speaking_to_a_meeting_of_a_group_by_video_link_is_no_call(extract):
    facts = extract("Italian Defence Minister Guido Crosetto presented the package by video link at the 19th meeting of "
                    "the Nordic Defence Group, which US Defense Secretary Lloyd Austin chaired.", dt.date(2024, 2, 14))
    assert facts.calls == ()


def test_the_joint_chiefs_make_no_group_call(extract):
    facts = extract("In March President Joe Biden met China's President Xi Jinping in Bali, and weeks later Gen. Mark "
                    "Milley, chairman of the Joint Chiefs of Staff, talked by phone with Chinese General Li Zuocheng.",
                    dt.date(2023, 5, 1))
    assert [p for p, _ in pairs(facts)] == [("Li Zuocheng", "Mark Milley")]


def test_he_after_a_titled_writer_is_the_writer_not_someone_named_before(extract):
    facts = extract("India's External Affairs Minister S Jaishankar is in Delhi. Iran's security chief Ali Larijani "
                    "spoke in Tehran. In a post on X, the external affairs minister wrote that he had spoken once more "
                    "with the Iranian foreign minister (@araghchi) on Sunday.", dt.date(2026, 3, 3))
    assert all("Ali Larijani" not in p for p, _ in pairs(facts))


def test_a_day_of_the_month_in_brackets_fixes_the_day_a_weekday_or_yesterday_names(extract):
    from kg.extract.dates import find_dates
    [expr] = find_dates("He said that \"yesterday [24]\" he had spoken with Xi Jinping.", dt.date(2023, 5, 26))
    assert expr.date == dt.date(2023, 5, 24)
    [expr] = find_dates("On Thursday night (25), the president said so.", dt.date(2023, 5, 27))
    assert expr.date == dt.date(2023, 5, 25)


def test_a_statements_today_told_a_day_later_is_the_day_of_the_call_it_repeats(extract):
    facts = extract("WASHINGTON, March 9. On Monday General Charles Q. Brown, chairman of the US Joint Chiefs of Staff, "
                    "talked by phone with Valery Gerasimov, chief of Russia's General Staff.\n\n\"Today Brown had "
                    "telephone conversations with Gen. Valery Gerasimov and with Gen. Asim Munir, Pakistan's Chief of "
                    "Army Staff,\" a spokesman said.", dt.date(2024, 3, 5))
    assert sorted(pairs(facts)) == [(("Asim Munir", "Charles Q. Brown"), dt.date(2024, 3, 4)),
                                    (("Charles Q. Brown", "Valery Gerasimov"), dt.date(2024, 3, 4))]


def test_callers_by_post_after_at_the_initiative_of_by_a_possessive_request_and_by_a_call_to(extract):
    facts = extract("The telephone talks between Prime Minister Mark Rutte and King Philippe, which took place at the "
                    "initiative of the country's King, were warm.", dt.date(2023, 2, 2))
    assert facts.calls[0].initiator == "philippe"
    facts = extract("Chinese President Xi Jinping spoke by phone with US President Joe Biden on Tuesday. The Chinese "
                    "account says the call was made at the US president's request.", dt.date(2022, 7, 30))
    assert facts.calls[0].initiator == "joe-biden"
    facts = extract("Italian Prime Minister Giorgia Meloni's phone call to Japanese Prime Minister Fumio Kishida on Monday "
                    "covered the G7 agenda.", dt.date(2023, 3, 7))
    assert facts.calls[0].initiator == "giorgia-meloni"


def test_a_title_between_two_names_is_the_first_ones_and_initials_open_a_name(extract):
    facts = extract("On his call with Pradeep Gyawali, Nepal's Foreign Minister, Jaishankar talked about trade. When he "
                    "spoke by phone with A K Abdul Momen, Bangladesh's Foreign Minister, External Affairs Minister S "
                    "Jaishankar also talked about cricket.", dt.date(2021, 1, 7))
    officials = {o.name: o.country for o in facts.officials}
    assert officials.get("Pradeep Gyawali") == "NP" and officials.get("A K Abdul Momen") == "BD"
    assert officials.get("S Jaishankar") == "IN"


def test_every_name_of_a_long_list_after_a_call_word_takes_part(extract):
    facts = extract("Today Federal Chancellor Olaf Scholz held telephone conversations with French President Emmanuel "
                    "Macron, Italian Prime Minister Giorgia Meloni, Polish Prime Minister Donald Tusk, Swedish Prime "
                    "Minister Ulf Kristersson and Spanish Prime Minister Pedro Sanchez.", dt.date(2024, 3, 1))
    assert len(facts.calls) == 5


def test_their_call_is_the_pairs_though_another_official_is_named_beside_it(extract):
    facts = extract("Israeli Defense Minister Yoav Gallant spoke by phone with US Defense Secretary Lloyd Austin on Monday. "
                    "Their latest call coincides with friction between Gallant and Prime Minister Benjamin Netanyahu.",
                    dt.date(2024, 9, 17))
    assert [p for p, _ in pairs(facts)] == [("Lloyd Austin", "Yoav Gallant")]


def test_callers_at_the_request_of_the_other_side_at_an_invitation_and_who_insisted_on_speaking(extract):
    facts = extract("On June 3, at the request of the other side, Foreign Minister Wang Yi held talks over the telephone "
                    "with Antony Blinken, the Secretary of State of the US.", dt.date(2023, 6, 4))
    assert facts.calls[0].initiator == "antony-blinken"
    facts = extract("Chinese President Xi Jinping spoke by phone with French President Emmanuel Macron on Wednesday. "
                    "The call took place at the invitation of Macron, state media said.", dt.date(2024, 4, 4))
    assert facts.calls[0].initiator == "emmanuel-macron"
    facts = extract("Prime Minister Narendra Modi and US President Joe Biden spoke by phone on Tuesday. It was Biden who "
                    "insisted on speaking with Modi, an official said.", dt.date(2024, 4, 4))
    assert facts.calls[0].initiator == "joe-biden"


def test_a_former_holder_of_a_post_is_no_official_and_overnight_names_no_day(extract):
    facts = extract("Wang Yi spoke by phone with US Secretary of State Antony Blinken on Friday. Wang said in the call "
                    "that former US Secretary of State James Baker had always argued for dialogue.", dt.date(2023, 12, 2))
    assert "James Baker" not in {o.name for o in facts.officials}
    facts = extract("Gallant told Austin during a phone call overnight that time was running out, Israel's Defense "
                    "Minister Yoav Gallant and US Defense Secretary Lloyd Austin having talked often.", dt.date(2024, 9, 16))
    assert all(c.date is None for c in facts.calls)


def test_calls_told_after_a_lead_that_dates_talks_with_the_leaders_of_several_countries_take_its_day(extract):
    facts = extract("On Tuesday, Foreign Minister Penny Wong traded greetings with the foreign ministers of Fiji and "
                    "Samoa. On her call with Sitiveni Rabuka, Fiji's Prime Minister, Wong talked about climate. She also "
                    "spoke by phone with Fiame Naomi Mataafa, Samoa's Prime Minister.", dt.date(2024, 1, 4))
    assert {d for _, d in pairs(facts)} == {dt.date(2024, 1, 2)}


def test_a_call_tried_for_a_caller_left_holding_on_the_line_and_sources_who_spoke_to_the_press_are_no_calls(extract):
    facts = extract("Emmanuel Macron, the French president, tried to set up a phone conversation between Joe Biden, "
                    "the US president, and Ebrahim Raisi, Iran's president, but Raisi declined, so that Biden was left "
                    "holding on the line, people who spoke to the magazine said.", dt.date(2022, 9, 30))
    assert facts.calls == ()


def test_each_call_of_a_round_takes_the_day_told_beside_its_party(extract):
    facts = extract("The presidential office said President Yoon Suk Yeol talked with US President Joe Biden late on "
                    "Saturday and then on Sunday with Fumio Kishida, the Prime Minister of Japan.", dt.date(2023, 4, 17))
    assert sorted(pairs(facts)) == [(("Fumio Kishida", "Yoon Suk Yeol"), dt.date(2023, 4, 16)),
                                    (("Joe Biden", "Yoon Suk Yeol"), dt.date(2023, 4, 15))]


def test_the_fuller_spelling_a_shorter_one_opens_names_the_official(extract):
    facts = extract("Defence Minister Ismail Sabri Yaakob received a call from China's Defence Minister Wei Fenghe on "
                    "Friday. Ismail Sabri said the two discussed the pandemic. Ismail Sabri thanked Wei.",
                    dt.date(2020, 5, 16))
    assert "Ismail Sabri Yaakob" in {o.name for o in facts.officials}


def test_callers_the_latter_who_asked_for_the_call_and_the_one_thanked_for_it(extract):
    facts = extract("On Tuesday Chinese President Xi Jinping talked by telephone with Brazilian President Lula da Silva, "
                    "at the latter's invitation.", dt.date(2023, 3, 22))
    assert facts.calls[0].initiator in {o.key for o in facts.officials if "Lula" in o.name or "Silva" in o.name}
    facts = extract("Defense Minister Lee Jong-sup spoke by phone with US Defense Secretary Lloyd Austin on Tuesday. The "
                    "call, which Defense Secretary Austin had asked for, dealt with press reports.", dt.date(2023, 4, 12))
    assert facts.calls[0].initiator == "lloyd-austin"
    facts = extract("Saudi Crown Prince Mohammed bin Salman spoke by phone with Iranian President Masoud Pezeshkian on "
                    "Sunday. Mohammed bin Salman thanked Pezeshkian for the call.", dt.date(2024, 11, 11))
    assert facts.calls[0].initiator == "masoud-pezeshkian"


def test_a_post_before_the_given_name_alone_names_the_official_named_in_full_before(extract):
    facts = extract("Prime Minister Tariq Hamdani of Pakistan spoke by phone with Anwar Ibrahim, Prime Minister of "
                    "Malaysia, on Friday.\n\nPM Tariq also spoke on the telephone with Ilham Aliyev, President of the "
                    "Republic of Azerbaijan.", dt.date(2025, 6, 7))
    assert sorted(p for p, _ in pairs(facts)) == [("Anwar Ibrahim", "Tariq Hamdani"), ("Ilham Aliyev", "Tariq Hamdani")]


def test_the_one_speaking_in_a_participle_clause_is_the_main_clause_subject_not_whom_it_greets(extract):
    facts = extract("Prime Minister Tariq Hamdani of Pakistan traded holiday greetings with Gulf leaders. Speaking by "
                    "telephone with Qatar's Prime Minister, Sheikh Mohammed bin Abdulrahman Al Thani, the prime minister "
                    "conveyed his wishes to the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.", dt.date(2025, 6, 7))
    assert [p for p, _ in pairs(facts)] == [("Mohammed bin Abdulrahman Al Thani", "Tariq Hamdani")]


def test_calls_take_the_day_of_a_lead_that_tells_of_a_series_of_phone_conversations(extract):
    facts = extract("Prime Minister Tariq Hamdani of Pakistan exchanged greetings with leaders of the Muslim world on "
                    "Saturday in a series of separate phone conversations. He also spoke with Ilham Aliyev, President "
                    "of Azerbaijan, and with Anwar Ibrahim, Malaysia's Prime Minister.", dt.date(2025, 6, 9))
    assert {d for _, d in pairs(facts)} == {dt.date(2025, 6, 7)}


def test_the_talks_a_verb_takes_as_a_tool_are_the_call_told_before(extract):
    facts = extract("Foreign Minister Kang Kyung-wha got a call from Secretary of State Mike Pompeo on Monday. Kang "
                    "also used the talks to ask Washington to keep backing South Korean Trade Minister Yoo Myung-hee "
                    "in her bid to lead the trade body.", dt.date(2020, 10, 6))
    assert [p for p, _ in pairs(facts)] == [("Kang Kyung-wha", "Mike Pompeo")]


def test_his_call_with_x_is_the_call_of_the_official_named_before_and_another_call_of_a_round_is_no_new_call(extract):
    facts = extract("In separate phone calls on Monday, Foreign Minister Hakan Fidan spoke with his Qatari and Omani "
                    "counterparts.\n\nOn his call with Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, "
                    "the two went over the ceasefire talks.\n\nOn another call, Fidan and Badr Albusaidi, the foreign "
                    "minister of Oman, took up trade.", dt.date(2025, 9, 2))
    assert sorted(pairs(facts)) == [(("Badr Albusaidi", "Hakan Fidan"), dt.date(2025, 9, 1)),
                                    (("Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"), dt.date(2025, 9, 1))]


def test_the_day_of_a_meeting_told_with_its_place_does_not_date_the_call(extract):
    facts = extract("Foreign Minister Hakan Fidan spoke by phone with Saudi Foreign Minister Faisal bin Farhan about "
                    "the preparations for a conference in New York on Sept. 22, diplomatic sources said on Tuesday.",
                    dt.date(2025, 9, 2))
    assert {d for _, d in pairs(facts)} == {dt.date(2025, 9, 2)}


def test_a_day_of_the_month_alone_and_days_told_relative_to_the_call_before(extract):
    facts = extract("President Lee Jae-myung and Prime Minister Shigeru Ishiba of Japan held their first phone talks on "
                    "the 9th, Kyodo reported.", dt.date(2025, 6, 10))
    assert [d for _, d in pairs(facts)] == [dt.date(2025, 6, 9)]
    facts = extract("On Sunday Defense Minister Yoav Gallant held a call with Lloyd Austin, the US Secretary of Defense. "
                    "Earlier that evening, the minister had a conversation with John Healey, the UK Secretary of State "
                    "for Defence. A day earlier, Gallant had phoned Ben Wallace.", dt.date(2024, 8, 25))
    assert sorted(d for _, d in pairs(facts)) == [dt.date(2024, 8, 24), dt.date(2024, 8, 25), dt.date(2024, 8, 25)]


def test_the_day_officials_cover_topics_or_posts_agree_dates_the_call_told_next(extract):
    facts = extract("Japan's Foreign Ministry said Prime Minister Shigeru Ishiba and Donald Trump, the US President, "
                    "covered a broad set of topics on Friday.\n\nIn a press release the ministry said that in the course of "
                    "their 45-minute telephone talks Ishiba set out Japan's stance on the tariff measures and voiced "
                    "the hope that the coming talks would bear fruit, a view Trump shared.", dt.date(2025, 5, 24))
    assert [d for _, d in pairs(facts)] == [dt.date(2025, 5, 23)]
    facts = extract("South Korea's and the United States' national security advisers agreed on Thursday to work toward "
                    "a meeting before the year is out. The presidential office said that Cho Tae-yong, the National "
                    "Security Adviser, and Jake Sullivan, his U.S. counterpart, held a phone conversation.",
                    dt.date(2023, 11, 10))
    assert [d for _, d in pairs(facts)] == [dt.date(2023, 11, 9)]


def test_who_asked_for_the_call_in_a_second_relative_clause_or_rang_the_other(extract):
    facts = extract("Luiz Inácio Lula da Silva, the president of Brazil, held a phone conversation with the Chinese "
                    "leader Xi Jinping. Officials said the call, which took place on Tuesday morning and which Lula had "
                    "asked for, had been days in the making.", dt.date(2025, 8, 12))
    assert facts.calls[0].initiator == "luiz-silva"
    facts = extract("Ukrainian President Volodymyr Zelensky warned South Africa's president Cyril Ramaphosa during a "
                    "telephone conversation on Saturday, a call that Ramaphosa himself had placed.", dt.date(2023, 5, 14))
    assert facts.calls[0].initiator == "cyril-ramaphosa"
    facts = extract("Turkish Foreign Minister Hakan Fidan spoke by phone on Monday with his U.S. counterpart Marco Rubio. "
                    "The U.S. Embassy said that Rubio had rung Fidan.", dt.date(2025, 5, 12))
    assert [c.initiator for c in facts.calls] == ["marco-rubio"]


def test_one_call_with_two_counterparts_and_one_side_speaking_with_the_other_is_one_call_of_all(extract):
    facts = extract("This evening National Security Advisor Jake Sullivan held a call with two counterparts - Cho "
                    "Taeyong, National Security Office Director of the Republic of Korea, and Takeo Akiba, Japan's "
                    "National Security Secretariat Secretary General.", dt.date(2023, 12, 19))
    assert [len(c.participants) for c in facts.calls] == [3]
    facts = extract("Andriy Yermak, who heads the Office of the President of Ukraine, and General Valerii Zaluzhny, "
                    "Ukraine's Armed Forces Commander-in-Chief, spoke by phone with Jake Sullivan, National Security "
                    "Advisor to the US President, and with General Mark Milley, Chairman of the US Joint Chiefs of Staff.",
                    dt.date(2022, 8, 12))
    assert [len(c.participants) for c in facts.calls] == [4]


def test_whom_the_parties_talked_about_on_the_call_takes_no_part_in_it(extract):
    facts = extract("On Thursday Colombian President Gustavo Petro telephoned President Luiz Inácio Lula da Silva. On "
                    "the call, Lula and Petro also welcomed the announcement by Jorge Rodríguez, president of "
                    "Venezuela's National Assembly, that prisoners would be freed.", dt.date(2026, 1, 9))
    assert [p for p, _ in pairs(facts)] == [("Gustavo Petro", "Luiz Inácio Lula da Silva")]


def test_a_meeting_held_by_video_with_those_attending_virtually_is_one_call_of_all(extract):
    facts = extract("This afternoon the Minister for Defence, Dr Ng Eng Hen, took part by video-teleconference in the "
                    "11th meeting of the defence ministers. Also attending virtually were Peter Dutton, Australia's "
                    "Minister for Defence; and James Heappey, the United Kingdom's Minister for the Armed Forces.",
                    dt.date(2021, 10, 21))
    assert [sorted(c.participants) for c in facts.calls] == [["james-heappey", "ng-hen", "peter-dutton"]]


def test_a_phone_summit_of_tonight_in_a_morning_report_is_no_call_yet(extract):
    facts = extract("President Yoon Suk Yeol and Fumio Kishida, Japan's Prime Minister, are to hold a summit by "
                    "telephone tonight. The report said tonight's phone summit came about on Japan's proposal.",
                    dt.date(2024, 4, 17))
    assert facts.calls == ()


def test_his_majesty_is_a_style_of_the_king_and_a_second_call_this_one_from_x_was_xs(extract):
    facts = extract("AMMAN — French President Emmanuel Macron telephoned His Majesty King Abdullah on Wednesday. Further "
                    "on in the day, His Majesty took a second call, this one from Sheikh Tamim Bin Hamad Al Thani, the "
                    "Emir of Qatar.", dt.date(2017, 12, 6))
    assert sorted((tuple(sorted(c.participants)), c.date, c.initiator) for c in facts.calls) == [
        (("abdullah-ii", "emmanuel-macron"), dt.date(2017, 12, 6), "emmanuel-macron"),
        (("abdullah-ii", "tamim-thani"), dt.date(2017, 12, 6), "tamim-thani")]


def test_calls_paid_on_officials_are_visits(extract):
    facts = extract("On Sunday, Foreign Secretary Vikram Misri paid calls on President Ramchandra Paudel and Prime "
                    "Minister KP Sharma Oli, and paid a courtesy call on Foreign Minister Arzu Rana Deuba.",
                    dt.date(2025, 8, 18))
    assert facts.calls == ()


def test_calls_a_minister_told_of_holding_with_counterparts_listed_after_a_colon_are_his(extract):
    facts = extract("On Twitter, Ukrainian Defense Minister Oleksii Reznikov told of phone conversations he held with "
                    "three counterparts: Lloyd Austin, the US Secretary of Defense; Bjørn Arild Gram, the Norwegian "
                    "Defense Minister; and Morten Bødskov, the Defense Minister of Denmark.", dt.date(2022, 8, 17))
    assert sorted(tuple(sorted(c.participants)) for c in facts.calls) == [
        ("bjorn-gram", "oleksii-reznikov"), ("lloyd-austin", "oleksii-reznikov"), ("morten-bodskov", "oleksii-reznikov")]


def test_a_conversation_with_two_officials_of_one_country_is_one_call_of_three(extract):
    facts = extract('Defense Minister Rustem Umerov wrote: "I held a productive conversation by phone with Grant Shapps, '
                    'UK Secretary of Defence, and with Admiral Sir Tony Radakin, Chief of the Defence Staff."',
                    dt.date(2024, 3, 4))
    assert [len(c.participants) for c in facts.calls] == [3]
    facts = extract("Ways of building the coalition were the subject of phone talks between Defense Minister Rustem Umerov, "
                    "Grant Shapps, the British Defence Secretary, and Admiral Sir Tony Radakin, Chief of the Defence "
                    "Staff.", dt.date(2024, 3, 4))
    assert [len(c.participants) for c in facts.calls] == [3]


def test_vice_ministers_are_no_counterparts_of_the_ministers(extract):
    facts = extract("South Korea's and Japan's vice foreign ministers talked by telephone on Thursday. During the call, "
                    "Choi Jong-kun, Seoul's Vice Foreign Minister, and Takeo Akiba, his counterpart from Japan, noted "
                    "that dialogue had gone on.", dt.date(2020, 11, 12))
    assert [sorted(c.participants) for c in facts.calls] == [["choi-jong-kun", "takeo-akiba"]]


def test_a_plural_post_of_two_countries_names_the_two_officials_and_an_assured_pair_is_the_two_men(extract):
    facts = extract("Russia's and Turkey's foreign ministers held a telephone conversation on Sunday. According to "
                    "the ministries, Sergei Lavrov and Hakan Fidan talked about the grain deal.", dt.date(2023, 7, 9))
    assert [sorted(c.participants) for c in facts.calls] == [["hakan-fidan", "sergei-lavrov"]]
    facts = extract("Hardly had President Biden assured Prime Minister Benjamin Netanyahu that military help was headed "
                    "to Israel before the Pentagon unveiled a deployment. Biden gave that pledge during a Sunday phone "
                    "call, the New York Times reports, in which the two men also talked over the hostages.",
                    dt.date(2023, 10, 8))
    assert [sorted(c.participants) for c in facts.calls] == [["benjamin-netanyahu", "joe-biden"]]


def test_calls_of_a_series_take_its_day_and_later_that_day_follows_the_call_told_just_before(extract):
    facts = extract("On March 30, President Recep Tayyip Erdoğan spoke by telephone with a series of world leaders. On "
                    "Monday, Erdoğan also had a telephone conversation with Emmanuel Macron, who was the one to place "
                    "the call. In a call held before that with Abdelmadjid Tebboune, Algeria's President, Erdoğan spoke "
                    "of Gaza. Later that day, Erdoğan held yet another call, this time with Indonesian President "
                    "Prabowo Subianto.", dt.date(2025, 3, 31))
    calls = {tuple(sorted(c.participants)): (c.date, c.initiator) for c in facts.calls}
    assert calls[("emmanuel-macron", "recep-erdogan")] == (dt.date(2025, 3, 31), "emmanuel-macron")
    assert calls[("abdelmadjid-tebboune", "recep-erdogan")][0] == dt.date(2025, 3, 30)
    assert calls[("prabowo-subianto", "recep-erdogan")][0] == dt.date(2025, 3, 30)
    assert len(facts.calls) == 3


def test_those_an_official_spoke_with_were_listed_are_his_calls_of_the_day(extract):
    facts = extract("On Wednesday National Security Advisor (NSA) Ajit Doval talked with his counterparts. According to "
                    "sources, those NSA Doval spoke with were Marco Rubio, who is both Secretary of State and NSA of the "
                    "US; Jonathan Powell, the UK's NSA; and Masataka Okano, Japan's NSA.", dt.date(2025, 5, 7))
    assert sorted(pairs(facts)) == [(("Ajit Doval", "Jonathan Powell"), dt.date(2025, 5, 7)),
                                    (("Ajit Doval", "Marco Rubio"), dt.date(2025, 5, 7)),
                                    (("Ajit Doval", "Masataka Okano"), dt.date(2025, 5, 7))]
    assert {o.key: o.roles for o in facts.officials}["ajit-doval"] == ("National Security Adviser",)


def test_visits_refusals_and_unlikely_conversations_are_no_calls(extract):
    facts = extract("Mr Marles, who had attended the commemorations at Gallipoli and then called in Warsaw on "
                    "Władysław Kosiniak-Kamysz, Poland's Minister of Defence, arrived in Lviv.", dt.date(2024, 4, 30))
    assert facts.calls == ()
    facts = extract("The report says Saudi Crown Prince Mohammed bin Salman and Sheikh Mohammed bin Zayed al Nahyan of "
                    "the UAE have each turned down calls from US President Joe Biden.", dt.date(2022, 3, 9))
    assert facts.calls == ()
    facts = extract("US Defense Secretary Lloyd Austin and Chinese Defense Minister Li Shangfu shook hands at the "
                    "dinner. A more substantial conversation between the two looks unlikely.", dt.date(2023, 6, 3))
    assert facts.calls == ()


def test_the_president_and_the_prime_minister_told_by_post_are_the_ones_the_article_names(extract):
    facts = extract("OTTAWA - Canadian Prime Minister Justin Trudeau said he had asked Ukraine's President Volodymyr "
                    "Zelenskyy to speak to Parliament. The prime minister did, however, talk with the president by "
                    "phone from Germany, where on March 9 Mr. Trudeau held a meeting with Chancellor Olaf Scholz.",
                    dt.date(2022, 3, 10))
    assert [sorted(c.participants) for c in facts.calls] == [["justin-trudeau", "volodymyr-zelenskyy"]]


def test_a_sheikh_of_a_country_is_the_one_of_that_country_the_article_names_in_full(extract):
    facts = extract("The report says Saudi Crown Prince Mohammed bin Salman and Sheikh Mohammed bin Zayed al Nahyan of "
                    "the UAE met Biden's envoy. Sheikh Mohammad of the UAE did, however, take calls from Russian "
                    "President Vladimir Putin last week.", dt.date(2022, 3, 9))
    assert [sorted(c.participants) for c in facts.calls] == [["mohammed-nahyan", "volodymyr-putin"]]


def test_joint_projects_make_no_joint_call_and_a_hosts_callees_did_not_call_each_other(extract):
    facts = extract("Ukraine's President Volodymyr Zelensky phoned a group of European leaders on Saturday, holding "
                    "conversations with the heads of government of Britain, Greece and Albania. He spoke with Keir "
                    "Starmer about security. With the Greek and Albanian prime ministers, Kyriakos Mitsotakis and Edi "
                    "Rama, Zelensky talked over joint projects.", dt.date(2025, 2, 23))
    assert sorted(tuple(sorted(c.participants)) for c in facts.calls) == [
        ("edi-rama", "volodymyr-zelenskyy"), ("keir-starmer", "volodymyr-zelenskyy"),
        ("kyriakos-mitsotakis", "volodymyr-zelenskyy")]


def test_a_caption_of_one_of_a_trilateral_call_speaking_with_his_counterparts_is_that_call(extract):
    facts = extract("In trilateral security talks held by telephone on Thursday, Japanese Defense Minister Nobuo Kishi, "
                    "together with Lloyd Austin and Suh Wook, his counterparts from the U.S. and South Korea, condemned "
                    "the launches.\n\nIn Tokyo on Feb. 10, 2022, Kishi speaks by telephone from the ministry with his "
                    "South Korean and U.S. counterparts Suh Wook and Lloyd Austin.", dt.date(2022, 2, 10))
    assert [len(c.participants) for c in facts.calls] == [3]


def test_a_call_had_before_the_day_told_and_who_asked_for_it_told_after(extract):
    facts = extract("Walking into the hall on Tuesday morning, President Claudia Sheinbaum wore a wide smile, still "
                    "buoyed by the good call she had had with U.S. President Donald Trump. Following the Monday "
                    "conversation with Trump, Sheinbaum said military action could be excluded.", dt.date(2026, 1, 13))
    assert pairs(facts) == [(("Claudia Sheinbaum", "Donald Trump"), dt.date(2026, 1, 12))]
    facts = extract("On Tuesday the defense chiefs of the United States and South Korea talked by phone about the leak. "
                    "Seoul's defense ministry said U.S. Defense Secretary Lloyd Austin gave his South Korean counterpart "
                    "Lee Jong-sup an explanation. At a press briefing ministry spokesperson Jeon Ha-gyu said Austin had "
                    "asked for the phone call.", dt.date(2023, 4, 11))
    assert [c.initiator for c in facts.calls] == ["lloyd-austin"]


def test_a_promise_that_came_in_a_call_dates_the_call_by_the_promise(extract):
    facts = extract("On Monday US President Donald Trump promised a new deal with Nigeria on weapons, the presidential "
                    "spokesperson said. The promise came in the course of a telephone conversation Trump had with "
                    "President Muhammadu Buhari.", dt.date(2017, 2, 14))
    assert [d for _, d in pairs(facts)] == [dt.date(2017, 2, 13)]


def test_more_caller_phrasings_name_the_initiator(extract):
    d = dt.date(2024, 3, 6)
    for text, caller in [("Chilean President Anton Vesk on Tuesday put a call through to Peruvian President Mila "
                          "Orrin.", "anton-vesk"),
                         ("Chilean President Anton Vesk spoke by telephone on Tuesday with Peruvian President Mila "
                          "Orrin, who had called him.", "mila-orrin"),
                         ("Chilean President Anton Vesk spoke by telephone with Peruvian President Mila Orrin on "
                          "Tuesday. The Peruvian leader made the call.", "mila-orrin")]:
        [call] = extract(text, d).calls
        assert call.initiator == caller, text


def test_called_with_an_official_parsed_as_its_complement_is_a_call(extract):
    facts = extract("Chilean President Anton Vesk is a former judge. On Tuesday she called Peruvian President "
                    "Mila Orrin.", dt.date(2024, 3, 6))
    assert [(sorted(c.participants), c.date, c.initiator) for c in facts.calls] == [
        (["anton-vesk", "mila-orrin"], dt.date(2024, 3, 5), "anton-vesk")]
    assert extract("Chilean President Anton Vesk called Peruvian President Mila Orrin \"a puppet\" on Tuesday.",
                   dt.date(2024, 3, 6)).calls == ()


def test_calls_said_to_be_due_or_set_are_still_to_come(extract):
    facts = extract("Chilean President Anton Vesk spoke by phone with Peruvian President Mila Orrin on Wednesday. "
                    "Vesk is due later in the day to talk with Bolivian President Luis Arce. The presidency said the "
                    "conversation with Argentine President Javier Milei is set for 6 p.m.", dt.date(2024, 3, 7))
    assert pairs_of(facts) == [("anton-vesk", "mila-orrin")]


def test_talking_over_the_phone_with_one_and_with_another_are_two_calls_of_a_described_head_of_state(extract):
    facts = extract("On Tuesday, Chilean President Anton Vesk held a long conversation by telephone with Peruvian "
                    "President Mila Orrin. Separately, and again over the phone, the Chilean head of state talked with "
                    "Bolivian President Luis Arce and with Argentina's President Javier Milei.", dt.date(2024, 3, 7))
    assert pairs_of(facts) == [("anton-vesk", "javier-milei"), ("anton-vesk", "luis-arce"), ("anton-vesk", "mila-orrin")]


def pairs_of(facts) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(c.participants)) for c in facts.calls)


def test_another_call_of_the_pair_on_a_day_before_is_an_earlier_call_with_the_side_that_asked_for_it(extract):
    facts = extract("Chilean Foreign Minister Anton Vesk spoke by phone on Tuesday with Peruvian Foreign Minister Mila "
                    "Orrin, the ministry said. Before that, on Saturday, there had been another phone conversation, one "
                    "that Peru initiated.", dt.date(2024, 3, 6))
    assert sorted((c.date, c.initiator) for c in facts.calls) == [(dt.date(2024, 3, 2), "mila-orrin"),
                                                                   (dt.date(2024, 3, 5), None)]
    facts = extract("Chilean Foreign Minister Anton Vesk spoke by phone on Tuesday with Peruvian Foreign Minister Mila "
                    "Orrin. Another phone conversation is planned for Friday.", dt.date(2024, 3, 6))
    assert [c.date for c in facts.calls] == [dt.date(2024, 3, 5)]


def test_speaking_at_a_briefing_with_someone_is_no_call(extract):
    facts = extract("Source: UK Prime Minister Rishi Sunak speaking at a joint briefing with NATO Secretary General "
                    "Jens Stoltenberg.", dt.date(2024, 4, 23))
    assert facts.calls == ()


def test_a_call_held_with_several_leaders_is_one_call_of_all(extract):
    facts = extract("On Monday evening Prime Minister Keir Starmer held a call with President Emmanuel Macron, Chancellor "
                    "Friedrich Merz and Prime Minister Giorgia Meloni about Ukraine.", dt.date(2025, 5, 20))
    assert pairs(facts) == [(("Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni", "Keir Starmer"), dt.date(2025, 5, 19))]


def test_a_name_in_anothers_title_is_not_on_the_call(extract):
    facts = extract("On Tuesday, Chung Eui-yong, the national security adviser to President Moon Jae-in, and John Bolton, "
                    "his American counterpart, held their first phone talks.", dt.date(2018, 5, 2))
    assert pairs(facts) == [(("Chung Eui-yong", "John Bolton"), dt.date(2018, 5, 1))]


def test_a_dateline_run_into_the_story_by_a_double_dash(extract):
    facts = extract("Tokyo, March 3 (Kyodo)--In their first telephone talks, held on Monday, Gen Nakatani, Japan's Defense "
                    "Minister, and Pete Hegseth, the U.S. Defense Secretary, agreed to deepen cooperation.",
                    dt.date(2025, 3, 3))
    assert pairs(facts) == [(("Gen Nakatani", "Pete Hegseth"), dt.date(2025, 3, 3))]


def test_a_pair_told_without_a_call_word_is_the_call_the_article_then_refers_to(extract):
    facts = extract("President Joe Biden assured President Volodymyr Zelenskyy on Thursday that more air defense was on its "
                    "way. Secretary of State Antony Blinken also took part in the call, the White House said.",
                    dt.date(2024, 6, 14))
    assert [set(p) for p, _ in pairs(facts)] == [{"Joe Biden", "Volodymyr Zelenskyy", "Antony Blinken"}]


def test_the_side_named_in_an_initiative_asked_for_the_call(extract):
    facts = extract("Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Hakan Fidan spoke by phone on "
                    "Friday. The conversation took place on the Turkish initiative, the ministry said.", dt.date(2025, 1, 11))
    [call] = facts.calls
    assert {o.key: o.name for o in facts.officials}[call.initiator] == "Hakan Fidan"


def test_a_pair_told_through_the_speaker_then_the_conversation(extract):
    facts = extract("On Tuesday, Prime Minister Mark Carney said he had assured President Volodymyr Zelenskyy that Canada "
                    "would keep backing Ukraine. The telephone conversation came after a meeting the two had planned fell "
                    "through.", dt.date(2025, 8, 27))
    assert pairs(facts) == [(("Mark Carney", "Volodymyr Zelenskyy"), dt.date(2025, 8, 26))]


def test_a_weekdays_call_requested_by_a_named_leader(extract):
    facts = extract("President Moon Jae-in and Prime Minister Shinzo Abe spoke by phone on Wednesday. Abe requested "
                    "Wednesday's call.", dt.date(2017, 8, 30))
    [call] = facts.calls
    assert {o.key: o.name for o in facts.officials}[call.initiator] == "Shinzo Abe"


def test_a_call_got_on_a_weekday_night_from_someone_was_their_call(extract):
    facts = extract("Prime Minister Ravi Menon got a phone call on Tuesday night from Lukas Berg, the Austrian "
                    "Chancellor.", dt.date(2021, 3, 4))
    [call] = facts.calls
    assert (call.date, call.initiator) == (dt.date(2021, 3, 2), "lukas-berg")


def test_the_day_of_a_return_told_with_since_is_not_a_calls_day(extract):
    facts = extract("Chancellor Lukas Berg phoned Prime Minister Ravi Menon on Tuesday night. Menon is one of the first "
                    "leaders the Austrian Chancellor has called since going back to the chancellery last Friday.",
                    dt.date(2021, 3, 4))
    assert [(c.date, c.initiator) for c in facts.calls] == [(dt.date(2021, 3, 2), "lukas-berg")]


def test_two_clauses_with_their_own_subjects_are_two_calls(extract):
    facts = extract("Defence Minister Lena Holm spoke on Wednesday with Defence Minister Pavel Novak, and Foreign "
                    "Minister Ida Berg talked with Foreign Minister Jan Kral early in the week.", dt.date(2021, 3, 31))
    assert sorted(c.participants for c in facts.calls) == [("ida-berg", "jan-kral"), ("lena-holm", "pavel-novak")]


def test_a_name_in_a_clause_that_sets_the_scene_is_not_on_the_call(extract):
    facts = extract("With Olaf Scholz having become chancellor this week, Austria's and Norway's top diplomats agreed "
                    "during phone talks Thursday to deepen their ties. According to the ministry, Foreign Minister Lukas "
                    "Berg and Foreign Minister Ola Dahl used the 20-minute call to trade views.", dt.date(2021, 10, 7))
    assert [(c.participants, c.date) for c in facts.calls] == [(("lukas-berg", "ola-dahl"), dt.date(2021, 10, 7))]


def test_the_side_taking_the_initiative_called(extract):
    facts = extract("According to the ministry, Foreign Minister Lukas Berg of Austria spoke by telephone with Norway's "
                    "Foreign Minister Ola Dahl on 15 February, with the Austrian side taking the initiative.",
                    dt.date(2025, 2, 16))
    assert [c.initiator for c in facts.calls] == ["lukas-berg"]
    facts = extract("Berg and Dahl hold phone call at Norwegian initiative. Austria's Foreign Minister Lukas Berg spoke "
                    "with Norway's Foreign Minister Ola Dahl on Sunday.", dt.date(2025, 2, 16))
    assert [c.initiator for c in facts.calls] == ["ola-dahl"]


def test_a_call_taken_on_the_phone_from_someone_was_theirs(extract):
    facts = extract("On Sunday, Foreign Minister Ola Dahl took a call on the phone from Lukas Berg, his Austrian "
                    "counterpart.", dt.date(2024, 3, 31))
    assert [c.initiator for c in facts.calls] == ["lukas-berg"]


def test_a_call_from_the_minister_of_a_country_comma_name(extract):
    facts = extract("The UAE's Defence Minister Saeed Al Mazrouei took a phone call today from the Minister of Defence of "
                    "Fiji, Peter Walker.", dt.date(2021, 8, 23))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("peter-walker", "saeed-mazrouei"), "peter-walker")]


def test_separate_conversations_with_colleagues_listed_after_a_colon_are_one_call_each(extract):
    facts = extract("Early on Oct. 24, his office said, Defense Minister Hulusi Akar took up the allegations in separate "
                    "conversations with two more colleagues: Defence Minister Ivan Horvat of Croatia and Defence Minister "
                    "Pedro Silva of Portugal.",
                    dt.date(2022, 10, 24))
    assert sorted(c.participants for c in facts.calls) == [("hulusi-akar", "ivan-horvat"), ("hulusi-akar", "pedro-silva")]


def test_the_one_speaking_by_telephone_with_each_of_several_chiefs_is_on_each_call(extract):
    facts = extract("Army Chief General Omar Aziz made the statement while speaking by telephone with General Jan Berg, "
                    "Norway's Chief of Defence, with General Ana Ruiz, Spain's Chief of Defence Staff, and with General "
                    "Piet de Vries, Chief of Defence of the Netherlands.", dt.date(2019, 3, 2))
    assert sorted(c.participants for c in facts.calls) == [("ana-ruiz", "omar-aziz"), ("jan-berg", "omar-aziz"),
                                                           ("omar-aziz", "piet-vries")]


def test_the_day_of_the_call_a_named_official_held(extract):
    facts = extract("The package answers the phone call Prime Minister Eduard Heger held with Ukrainian President "
                    "Volodymyr Zelenskyy on Saturday evening.", dt.date(2022, 2, 27))  # (the parser hangs "held" from
    # the name)
    assert [c.date for c in facts.calls] == [dt.date(2022, 2, 26)]


def test_calls_held_by_a_list_of_agents_are_each_their_own(extract):
    facts = extract("Reporters were told that phone calls had been held by Defense Minister Jan Nowak, by Foreign "
                    "Minister Adam Wisniewski and by the Speakers of both houses of parliament.", dt.date(2025, 8, 13))
    assert facts.calls == ()


def test_a_name_whose_family_name_the_model_takes_for_a_place(extract):
    facts = extract("Foreign Minister Radosław Sikorski wrote on X that he had talked with Taras Kachka, Ukraine's Deputy "
                    "Prime Minister, about support for Polish firms.", dt.date(2025, 8, 13))
    assert [c.participants for c in facts.calls] == [("radoslaw-sikorski", "taras-kachka")]


def test_a_call_told_in_a_clause_after_another_call_is_its_own(extract):
    facts = extract("US Secretary of State Antony Blinken held a phone call with German Foreign Minister Annalena Baerbock "
                    "on Friday. The call with Baerbock was Blinken's third to Europe, coming after he spoke earlier in the "
                    "week with French Foreign Minister Catherine Colonna.", dt.date(2023, 3, 18))
    assert sorted(p for p, _ in pairs(facts)) == [("Annalena Baerbock", "Antony Blinken"),
                                                  ("Antony Blinken", "Catherine Colonna")]


def test_a_headline_post_of_one_country_names_the_caller(nlp):
    text = ("On June 29, National Security Adviser Ajit Doval talked with his counterpart Nikolai Patrushev, the "
            "Secretary of Russia's Security Council. In Minsk, President Vladimir Putin has also spoken by phone with "
            "Belarusian President Alexander Lukashenko.")
    article = Article(key="t", text=text, date=dt.date(2023, 6, 30),
                      title="Russia's Security Council Secretary phones NSA Ajit Doval")
    body = body_spans(text)
    facts = extract_article(nlp(masked(text, body)), article, body)
    call = next(c for c in facts.calls if "ajit-doval" in c.participants)
    assert call.initiator == "nikolai-patrushev"


def test_received_for_talks_is_a_meeting(extract):
    facts = extract("National Security Adviser Ajit Doval and Nikolai Patrushev spoke by phone on Thursday. When Patrushev "
                    "visited Delhi in March, Prime Minister Narendra Modi met him, while in Moscow Doval had been "
                    "received for talks by President Vladimir Putin.", dt.date(2023, 6, 30))
    assert [p for p, _ in pairs(facts)] == [("Ajit Doval", "Nikolai Patrushev")]


def test_the_previous_night_of_a_report_written_today(extract):
    facts = extract("External Affairs Minister S Jaishankar held a telephone conversation with US Secretary of State "
                    "Antony Blinken. Writing on Twitter today, Jaishankar described a wide-ranging talk with Blinken the "
                    "previous night.", dt.date(2022, 1, 4))
    assert [d for _, d in pairs(facts)] == [dt.date(2022, 1, 3)]


def test_a_family_name_the_table_hyphenates_written_apart(extract):
    facts = extract("Jake Sullivan, the U.S. national security adviser, talked by phone on Saturday with Meir Ben "
                    "Shabbat, who holds the same job in Israel.", dt.date(2021, 1, 23))
    assert [p for p, _ in pairs(facts)] == [("Jake Sullivan", "Meir Ben Shabbat")]


def test_a_round_of_calls_to_counterparts_neither_names_the_main_call_s_caller_nor_its_other_side(extract):
    facts = extract("Jake Sullivan, the U.S. national security adviser, talked by phone on Saturday with Meir Ben "
                    "Shabbat, Israel's national security adviser. Over the past few days, Sullivan has phoned his "
                    "opposite numbers in France, the U.K., Germany, South Korea and Japan.", dt.date(2021, 1, 23))
    main = [c for c in facts.calls if "meir-ben-shabbat" in c.participants]
    assert len(main) == 1 and main[0].initiator is None


def test_the_other_side_asked_as_the_side_telling_it_says(extract):
    facts = extract("US Secretary of State Antony Blinken spoke by telephone with Turkish Foreign Minister Hakan Fidan "
                    "about Gaza. According to a spokesperson for the Turkish Foreign Ministry, the conversation, which "
                    "focused on the talks between Hamas and Israel, was held \"upon the request of the other side.\"",
                    dt.date(2024, 8, 21))
    assert [c.initiator for c in facts.calls] == ["antony-blinken"]


def test_the_day_of_an_event_in_a_joined_clause_is_not_the_call_s(extract):
    facts = extract("Foreign Minister Yoshimasa Hayashi: A moment ago I finished a telephone talk with Secretary of "
                    "State Antony Blinken. Our \"2+2\" is set for tomorrow, January 7, yet Secretary Blinken asked "
                    "for a telephone talk of its own ahead of it.", dt.date(2022, 1, 6))
    [call] = facts.calls
    assert call.date == dt.date(2022, 1, 6)


def test_one_call_dated_by_each_side_in_its_own_time_zone(extract):
    facts = extract("BEIJING, Oct 31 -- Foreign Minister Wang Yi told U.S. Secretary of State Antony Blinken in a phone call "
                    "on Monday that the export controls Washington had placed on China must be corrected. According to a "
                    "State Department statement, Blinken held a call on Sunday with Wang, China's foreign minister.",
                    dt.date(2022, 10, 31))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("antony-blinken", "wang-yi"), None)]


def test_a_group_call_of_unnamed_chiefs_takes_those_named_talking_next(extract):
    facts = extract("The top generals of South Korea, the United States and Japan held an emergency video conference on "
                    "Tuesday. According to the JCS in Seoul, Gen. Joseph Dunford, Gen. Lee Sun-jin and Adm. Katsutoshi "
                    "Kawano talked about practical cooperation against the North.", dt.date(2017, 5, 24))
    assert [(c.participants, c.date) for c in facts.calls] == [
        (("joseph-dunford", "katsutoshi-kawano", "lee-sun-jin"), dt.date(2017, 5, 23))]


def test_the_day_one_official_let_another_know_dates_their_call_told_later(extract):
    facts = extract("On Wednesday, President Joe Biden let Ukraine's President Volodymyr Zelensky know that Washington "
                    "would send more weapons. The president walked Zelensky through the announcement during a phone call "
                    "at midday.", dt.date(2022, 4, 13))
    assert [c.date for c in facts.calls] == [dt.date(2022, 4, 13)]


def test_the_head_of_an_alliance_as_subject_names_its_secretary_general(extract):
    facts = extract("On Wednesday, the head of NATO spoke for the first time by phone with Pete Hegseth, the newly "
                    "installed US Defense Secretary. After the call, NATO's Mark Rutte wrote on X that the alliance must "
                    "remain strong.", dt.date(2025, 1, 29))
    assert [(c.participants, c.date) for c in facts.calls] == [(("mark-rutte", "pete-hegseth"), dt.date(2025, 1, 29))]


def test_a_call_moments_after_finishing_another_is_two_calls_that_day(extract):
    facts = extract("Prime Minister Narendra Modi picked up the phone on Monday and called Russian President Vladimir "
                    "Putin, only moments after he had finished a phone conversation with Ukraine's President Volodymyr "
                    "Zelenskyy.", dt.date(2022, 3, 7))
    assert sorted(pairs(facts)) == [(("Narendra Modi", "Vladimir Putin"), dt.date(2022, 3, 7)),
                                    (("Narendra Modi", "Volodymyr Zelenskyy"), dt.date(2022, 3, 7))]


def test_the_pairs_of_a_call_of_three_countries_are_one_call(extract):
    facts = extract("South Korea, the United States and Japan had their defense chiefs talk by telephone on Thursday. "
                    "Seoul's defense ministry said Minister Suh Wook held the phone talks on Thursday morning with his "
                    "two counterparts, Lloyd Austin of the U.S. and Nobuo Kishi of Japan.", dt.date(2022, 2, 10))
    assert [c.participants for c in facts.calls] == [("lloyd-austin", "nobuo-kishi", "suh-wook")]


def test_a_headline_caller_of_two_named_callees_placed_both_calls(nlp):
    text = ("On Thursday President Barack Obama held telephone conversations with Israeli Prime Minister Benjamin "
            "Netanyahu and with Palestinian President Mahmoud Abbas, according to the White House.")
    article = Article(key="t", text=text, date=dt.date(2013, 8, 2), title="Obama phones Netanyahu, Abbas on talks")
    body = body_spans(text)
    facts = extract_article(nlp(masked(text, body)), article, body)
    assert sorted(c.initiator for c in facts.calls) == ["barack-obama", "barack-obama"]


def test_separate_calls_made_to_two_leaders_were_placed_by_the_one_who_made_them(extract):
    facts = extract("On Tuesday US President George W. Bush made separate telephone calls to Japanese Prime Minister "
                    "Junichiro Koizumi and South Korean President Roh Moo-hyun, the White House said.", dt.date(2003, 4, 30))
    assert sorted(c.initiator for c in facts.calls) == ["george-bush", "george-bush"]


def test_a_leader_who_telephoned_the_leaders_of_several_countries_placed_each_call(extract):
    facts = extract("Prime Minister Shehbaz Sharif telephoned the leaders of a number of Muslim countries to greet them on "
                    "Eid. Shehbaz Sharif spoke by telephone with Anwar Ibrahim, the Prime Minister of Malaysia. In another "
                    "telephone conversation, Shehbaz Sharif greeted Emomali Rahmon, President of Tajikistan. Shehbaz "
                    "Sharif also spoke on the telephone with Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar.",
                    dt.date(2025, 6, 10))
    assert [c.initiator for c in facts.calls] == ["shehbaz-sharif"] * 3


def test_a_side_s_initiative_names_that_country_s_leader_whatever_titles_are_near(extract):
    facts = extract("Phone conversation with President of the United States of America Barack Obama\n\nAt the "
                    "initiative of the American side, Dmitry Medvedev spoke by telephone with Barack Obama, President of "
                    "the United States.", dt.date(2010, 10, 1))
    [call] = facts.calls
    medvedev = next(o for o in facts.officials if o.key == "dmitry-medvedev")
    assert call.initiator == "barack-obama" and medvedev.country == "RU"


def test_he_in_a_named_aide_s_quote_is_not_the_aide(extract):
    facts = extract("Russian President Vladimir Putin has a busy day, his aide Yuri Ushakov said. \"He also held a phone "
                    "conversation with Turkey's President Recep Tayyip Erdogan,\" Ushakov said.", dt.date(2023, 10, 16))
    assert [c.participants for c in facts.calls] == [("recep-erdogan", "volodymyr-putin")]


def test_talks_on_a_schedule_are_planned(extract):
    facts = extract("Five international phone conversations are on Russian President Vladimir Putin's schedule for "
                    "Monday, and among them are talks with Israel's Prime Minister Benjamin Netanyahu and with Palestinian "
                    "President Mahmoud Abbas, his aide Yuri Ushakov said.", dt.date(2023, 10, 16))
    assert facts.calls == ()


def test_a_name_in_a_clause_of_something_talked_about_is_not_on_the_call(extract):
    facts = extract("On July 25 Trump spoke by phone with Ukrainian President Volodymyr Zelensky, leaning on him to launch "
                    "investigations that could hurt former Vice President Joe Biden.", dt.date(2019, 9, 30))
    assert [c.participants for c in facts.calls] == [("donald-trump", "volodymyr-zelenskyy")]


def test_called_back_to_a_capital_is_a_recall(extract):
    facts = extract("The whistleblower learned that Marie Yovanovitch, the US Ambassador to Ukraine, had been called back "
                    "to Washington by President Donald Trump.", dt.date(2019, 9, 30))
    assert facts.calls == ()


def test_upon_request_the_other_side_asked(extract):
    facts = extract("On October 25, President Xi Jinping, on request, talked by telephone with Donald Trump, President of "
                    "the United States.", dt.date(2017, 10, 25))
    assert [c.initiator for c in facts.calls] == ["donald-trump"]


def test_it_was_x_who_suggested_the_conversation(extract):
    facts = extract("Russian President Vladimir Putin and US President Joe Biden spoke by phone on Thursday. It was Putin "
                    "who suggested the new conversation, the Kremlin said.", dt.date(2021, 12, 31))
    assert [c.initiator for c in facts.calls] == ["volodymyr-putin"]


def test_a_governments_readout_names_its_own_principal_by_post_alone(extract):
    text = ("PM call with Prime Minister Mark Carney: 12 May 2025\n\nThis afternoon the Prime Minister spoke with Prime "
            "Minister Mark Carney of Canada about steel tariffs and the coming summit.")
    readout = extract(text, dt.date(2025, 5, 12), url="https://www.gov.uk/government/news/pm-call-with-carney")
    assert [c.participants for c in readout.calls] == [("keir-starmer", "mark-carney")]
    assert extract(text, dt.date(2025, 5, 12), url="https://www.example-news.com/carney").calls == ()


def test_a_president_of_the_article_is_not_the_prime_minister_told_by_post(extract):
    facts = extract("This morning the Prime Minister held a call with Volodymyr Zelenskyy, the President of Ukraine. He "
                    "said Ukraine could retake the ground Putin's troops had seized.", dt.date(2022, 7, 5))
    assert facts.calls == ()


def test_an_official_who_was_also_on_the_call_is_one_of_its_participants(extract):
    facts = extract("Petra Novak, Slovenia's Defence Minister, held a video call with Hungary's Minister of Defence, "
                    "Gabor Szalai, on Tuesday.\n\nAndrej Kos, Chief of the General Staff of Slovenia, was also on the "
                    "video call.", dt.date(2024, 10, 2))
    assert [c.participants for c in facts.calls] == [("andrej-kos", "gabor-szalai", "petra-novak")]


def test_two_officials_who_rang_a_third_jointly_held_one_call_as_their_source_tells(extract):
    facts = extract("Ciaran Walsh, who has just become Ireland's foreign minister, had his first conversation with the "
                    "foreign ministers of Latvia and Lithuania, who spoke to him jointly.\n\nSource: Latvian Foreign "
                    "Minister Baiba Braže, as cited by the ministry\n\nDetails: According to Braže, she and Gabrielius "
                    "Landsbergis, her counterpart from Lithuania, rang Walsh together.", dt.date(2024, 9, 6))
    assert [c.participants for c in facts.calls] == [("baiba-braze", "ciaran-walsh", "gabrielius-landsbergis")]


def test_a_given_name_opening_a_sentence_and_a_new_post_told_before_the_name(extract):
    facts = extract("Tomas Varga, Slovakia's Defence Minister, spoke by phone on Monday with Hungary's new defence "
                    "minister, Gabor Szalai.", dt.date(2024, 10, 2))
    assert {(o.name, o.country, o.roles) for o in facts.officials} == {
        ("Tomas Varga", "SK", ("Defense Minister",)), ("Gabor Szalai", "HU", ("Defense Minister",))}


def test_a_counterpart_of_a_country_told_before_it_is_of_that_country_not_of_where_he_was(extract):
    facts = extract("Earlier on Monday, a spokesman for Brazil's President Luiz Inacio Lula da Silva said the Brazilian "
                    "president had talked with his French counterpart from Lisbon, where he was on a visit.",
                    dt.date(2024, 3, 11))
    assert [c.participants for c in facts.calls] == [("emmanuel-macron", "luiz-silva")]


def test_a_name_that_owns_what_was_talked_about_by_way_of_by_is_not_on_the_call(extract):
    facts = extract("The spokesman said Blinken, who was phoning counterparts in a rapid series of calls, talked with "
                    "Turkish Foreign Minister Hakan Fidan on Friday about the decision by President Joe Biden to send "
                    "more troops to the region.", dt.date(2024, 8, 2))
    assert [c.participants for c in facts.calls] == [("antony-blinken", "hakan-fidan")]


def test_he_in_a_spokespersons_account_is_the_principal_told_before(extract):
    facts = extract("Secretary of State Marco Rubio spoke with several foreign ministers on Friday, spokesperson Tammy "
                    "Bruce said. According to her, Rubio told all of them that the strikes were defensive.\n\nBruce said "
                    "the list of people he rang also included Johann Wadephul, Germany's foreign minister.",
                    dt.date(2025, 6, 20))
    assert ("johann-wadephul", "marco-rubio") in {c.participants for c in facts.calls}


def test_the_most_recent_call_before_told_by_its_day_is_an_earlier_call_of_the_pair(extract):
    facts = extract("Gen. Mark Milley held another conversation on Wednesday with Gen. Valery Gerasimov, his opposite "
                    "number in Russia. According to a spokesman, their previous conversation took place on March 3. Before "
                    "that, the most recent call had been on January 11.", dt.date(2022, 3, 23))
    assert sorted(c.date for c in facts.calls) == [dt.date(2022, 1, 11), dt.date(2022, 3, 3), dt.date(2022, 3, 23)]


def test_the_one_who_chose_the_official_called_is_not_on_the_call(extract):
    facts = extract("Foreign Secretary David Lammy held a phone conversation on Friday with the Vice President-elect "
                    "chosen by Donald Trump, JD Vance.", dt.date(2024, 11, 15))
    assert [c.participants for c in facts.calls] == [("david-lammy", "jd-vance")]


def test_a_call_told_in_its_own_clause_after_a_semicolon_has_that_clauses_people(extract):
    facts = extract("Radio reports said on Tuesday that the Israeli minister had let US Secretary of State Antony Blinken "
                    "know about the forthcoming conversation with Lavrov; Eli Cohen had phoned Blinken on Monday.",
                    dt.date(2023, 1, 3))
    assert [(c.participants, c.date) for c in facts.calls] == [(("antony-blinken", "eli-cohen"), dt.date(2023, 1, 2))]


def test_a_list_of_participants_parted_by_semicolons_stays_one_call(extract):
    facts = extract("On the video call with President Joe Biden were Chancellor Olaf Scholz of Germany; Prime Minister "
                    "Rishi Sunak of the United Kingdom; and President Emmanuel Macron of France.", dt.date(2023, 5, 2))
    assert [len(c.participants) for c in facts.calls] == [4]


def test_thanked_for_calling_told_after_the_call_names_its_caller(extract):
    facts = extract("According to the Pentagon, Fidan offered the assurance during a phone conversation with Lloyd "
                    "Austin, the U.S. Defense Secretary. A spokesman said Fidan thanked Austin for calling.",
                    dt.date(2023, 7, 19))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("hakan-fidan", "lloyd-austin"), "lloyd-austin")]


def test_called_on_a_weekday_by_someone_is_a_call_that_one_placed(extract):
    facts = extract("Oman's Foreign Minister Badr Albusaidi was called on Wednesday by his Iranian counterpart, Abbas "
                    "Araghchi. President Macron called on Wednesday for a ceasefire.", dt.date(2025, 2, 27))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("abbas-araghchi", "badr-albusaidi"), "abbas-araghchi")]


def test_the_pair_after_a_sentence_where_one_told_the_other_something(extract):
    facts = extract("China's Foreign Minister Wang Yi told Antony Blinken that Beijing is against escalation. The pair "
                    "held a telephone conversation on Saturday.", dt.date(2022, 3, 6))
    assert [(c.participants, c.date) for c in facts.calls] == [(("antony-blinken", "wang-yi"), dt.date(2022, 3, 5))]


def test_the_president_a_headline_names_spoke_with_each_listed_leader(extract):
    facts = extract("On Thursday the White House said congratulatory messages had come in from all over the world, and "
                    "that the President had answered a number of them himself. Besides Cameron, the President also spoke "
                    "with Australia's Prime Minister Julia Gillard; Canada's Prime Minister Stephen Harper; and Germany's "
                    "Chancellor Angela Merkel.", dt.date(2012, 11, 8), title="President Obama Phones Back World Leaders")
    assert sorted(c.participants for c in facts.calls) == [("angela-merkel", "barack-obama"),
                                                           ("barack-obama", "julia-gillard"),
                                                           ("barack-obama", "stephen-harper")]


def test_one_he_tried_to_reach_before_speaking_with_aides_instead_is_not_on_the_call(extract):
    facts = extract("Back in Washington on Monday, Joe Biden told reporters he had tried to reach Emmanuel Macron the night "
                    "before, but ended up speaking with his staff because the French leader was out celebrating.",
                    dt.date(2022, 4, 26))
    assert facts.calls == ()


def test_a_call_someone_came_close_to_setting_up_or_aimed_for_and_suggested_was_not_held(extract):
    facts = extract("Macron had come close to setting up a phone conversation between Donald Trump and Hassan Rouhani. "
                    "Officials said that Emmanuel Macron, aiming for a conference call among the three leaders on "
                    "Tuesday evening, had technicians install a secure line; however, once the French president reached "
                    "the suite and suggested making the call, Hassan Rouhani would not take part.", dt.date(2019, 9, 30))
    assert facts.calls == ()


def test_leaders_alongside_whom_others_took_part_in_a_virtual_summit_are_on_it(extract):
    facts = extract("On Friday, at the first summit of the Quad, Joe Biden addressed Narendra Modi. Alongside Modi and "
                    "Biden, Japanese PM Yoshihide Suga and Australian PM Scott Morrison also took part in the Quad's "
                    "virtual summit.", dt.date(2021, 3, 13))
    assert [c.participants for c in facts.calls] == [("joe-biden", "narendra-modi", "scott-morrison", "yoshihide-suga")]


def test_a_headline_saying_the_leader_returned_calls_makes_him_their_caller(extract):
    facts = extract("On Thursday the President spoke with Australia's Prime Minister Julia Gillard and Canada's Prime "
                    "Minister Stephen Harper.", dt.date(2012, 11, 8),
                    title="President Obama Returns Congratulatory Calls From World Leaders")
    assert {c.initiator for c in facts.calls} == {"barack-obama"}


@pytest.mark.parametrize("told", [
    "On Monday Prime Minister Mark Carney told President Emmanuel Macron of his cabinet's decision in a phone call.",
    "Prime Minister Mark Carney informed President Emmanuel Macron of the new budget by phone on Monday.",
])
def test_one_who_told_another_of_a_plan_in_a_call_is_on_it_with_him(extract, told):
    facts = extract(told, dt.date(2025, 6, 4))
    assert [(c.participants, c.date) for c in facts.calls] == [(("emmanuel-macron", "mark-carney"), dt.date(2025, 6, 2))]


def test_a_name_whose_title_runs_on_across_a_hard_line_break_is_on_the_call(extract):
    facts = extract("Published: June 4, 2025\n"
                    "According to the ministry, Cho Min-ho, Seoul's envoy for peace affairs on the Korean Peninsula, on "
                    "Monday talked by phone with Walter Finch, Washington's\n"
                    "Special Envoy for North Korea Policy, and on Wednesday with his Japanese counterpart, Ota Hiroki.\n",
                    dt.date(2025, 6, 4))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("cho-min-ho", "ota-hiroki"), dt.date(2025, 6, 4)), (("cho-min-ho", "walter-finch"), dt.date(2025, 6, 2))]


def test_the_two_koreas_are_not_the_pair_of_an_unnamed_call(extract):
    facts = extract("Cho Min-ho, Seoul's envoy, on Monday talked by telephone with Walter Finch, Washington's envoy, and "
                    "then held another phone call on Wednesday with his Japanese counterpart, Ota Hiroki. The calls took "
                    "place as signs grew that ties between the two Koreas might be thawing.", dt.date(2025, 6, 4))
    assert sorted(c.participants for c in facts.calls) == [("cho-min-ho", "ota-hiroki"), ("cho-min-ho", "walter-finch")]


def test_his_military_counterpart_in_a_country_is_its_official_the_article_names(extract):
    facts = extract("Defense Secretary Pete Hegseth held a telephone conversation on Tuesday with his military "
                    "counterpart in China. The Pentagon said the talk between Mr. Hegseth and Adm. Dong Jun, China's "
                    "Minister of National Defense, lasted about an hour.", dt.date(2025, 9, 11))
    assert [(c.participants, c.date) for c in facts.calls] == [(("dong-jun", "pete-hegseth"), dt.date(2025, 9, 9))]


def test_calls_that_came_to_a_leader_told_by_post_from_several_are_his_with_each(extract):
    facts = extract("On Thursday the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, took phone calls from several "
                    "leaders who congratulated him. Calls came to the Qatari emir from Egyptian President Abdel Fattah "
                    "el-Sisi; from Jordan's King Abdullah II; and from William Ruto, President of Kenya.",
                    dt.date(2025, 3, 7))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("abdel-sisi", "tamim-thani"), "abdel-sisi"), (("abdullah-ii", "tamim-thani"), "abdullah-ii"),
        (("tamim-thani", "william-ruto"), "william-ruto")]


def test_leaders_who_each_offered_one_congratulations_in_calls_each_called_him(extract):
    facts = extract("President-elect Volodymyr Zelensky thanked voters on Monday. In phone calls, Spain's Prime "
                    "Minister Pedro Sanchez and Italian Prime Minister Giuseppe Conte each offered Mr Zelensky their "
                    "congratulations.", dt.date(2019, 4, 23))
    assert sorted(c.participants for c in facts.calls) == [("giuseppe-conte", "volodymyr-zelenskyy"),
                                                           ("pedro-sanchez", "volodymyr-zelenskyy")]


def test_a_surname_spelled_as_the_tables_other_spelling_is_the_one_named_in_full(extract):
    facts = extract("President-elect Volodymyr Zelensky thanked voters on Monday. Mr Zelenskiy also received a phone "
                    "call from Canada's Prime Minister Justin Trudeau, who promised support.", dt.date(2019, 4, 23))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("justin-trudeau", "volodymyr-zelenskyy"),
                                                                     "justin-trudeau")]


def test_one_who_says_another_praised_him_when_the_two_spoke_is_on_that_call(extract):
    facts = extract("Kola Adeyemi, the President's Special Adviser on Media, said President Bola Tinubu praised him for "
                    "his work when the two spoke on the phone on Saturday afternoon.", dt.date(2025, 2, 24))
    assert [(c.participants, c.date) for c in facts.calls] == [(("bola-tinubu", "kola-adeyemi"), dt.date(2025, 2, 22))]


def test_a_call_placed_by_a_leader_told_by_post_before_a_comma_was_his(extract):
    facts = extract("On Thursday Iran's President Masoud Pezeshkian and Sheikh Tamim bin Hamad Al Thani spoke by phone. "
                    "Answering a telephone call placed by the Emir of Qatar, President Pezeshkian spoke of the talks.",
                    dt.date(2025, 7, 4))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("masoud-pezeshkian", "tamim-thani"), "tamim-thani")]


def test_a_pairs_previous_phone_call_or_contact_on_a_day_is_an_earlier_call(extract):
    for earlier in ("Their previous phone call came on October 2.",
                    "Their previous contact came on October 2, days after Caine replaced Gen. Charles Q. Brown Jr."):
        facts = extract("Gen. Dan Caine, the Chairman of the Joint Chiefs of Staff, and Valery Gerasimov, Russia's Chief "
                        f"of General Staff, spoke by telephone on Monday. {earlier}", dt.date(2025, 10, 14))
        assert sorted((c.date, c.participants) for c in facts.calls) == [
            (dt.date(2025, 10, 2), ("dan-caine", "valery-gerasimov")),
            (dt.date(2025, 10, 13), ("dan-caine", "valery-gerasimov"))], earlier


def test_a_first_phone_call_since_another_event_on_a_day_is_not_an_earlier_call(extract):
    facts = extract("On Thursday President Claudia Sheinbaum held her first telephone call with Donald Trump, the "
                    "President-elect, to congratulate him on his defeat of Kamala Harris in Tuesday's vote.",
                    dt.date(2024, 11, 8))
    assert [(c.participants, c.date) for c in facts.calls] == [(("claudia-sheinbaum", "donald-trump"),
                                                                dt.date(2024, 11, 7))]


def test_separate_phone_talks_one_held_with_two_are_two_calls(extract):
    facts = extract("According to the Foreign Ministry, the understanding came out of separate phone talks Takeshi Iwaya "
                    "held with Marco Rubio, the U.S. Secretary of State, and with South Korean Foreign Minister Cho "
                    "Tae-yul, in which they compared notes on the missile launches.", dt.date(2025, 1, 25))
    assert sorted(c.participants for c in facts.calls) == [("cho-tae-yul", "takeshi-iwaya"), ("marco-rubio", "takeshi-iwaya")]


def test_i_in_a_quote_opened_by_a_named_speaker_sentences_before_is_that_speaker(extract):
    facts = extract('Secretary of State Marco Rubio said in a statement: "After the strikes, I talked with Jaishankar, '
                    "India's Minister of External Affairs, to stress our partnership. I also had a conversation with "
                    'Pakistani Foreign Minister Ishaq Dar to underline that de-escalation matters."', dt.date(2025, 5, 8))
    assert sorted(c.participants for c in facts.calls) == [("isaac-dar", "marco-rubio"),  # (the key groups Ishaq and Isaac)
                                                           ("marco-rubio", "subrahmanyam-jaishankar")]


def test_the_foreign_ministers_of_listed_countries_are_their_foreign_ministers_not_their_kings(extract):
    facts = extract("Jordan's King Abdullah II met the press on Saturday. On Sunday Secretary of State Antony Blinken got "
                    "on the phone with the foreign ministers of Egypt and Jordan.", dt.date(2024, 4, 15))
    assert "abdullah-ii" not in {k for c in facts.calls for k in c.participants}


def test_the_previous_contact_between_two_after_one_succeeded_a_third_is_the_twos(extract):
    facts = extract("Gen. Dan Caine and Valery Gerasimov, Russia's Chief of General Staff, spoke by telephone on Monday. "
                    "The previous phone contact between Gerasimov and Caine came on October 2, a few days after Caine "
                    "succeeded Gen. Charles Q. Brown Jr. as America's top military officer.", dt.date(2025, 10, 14))
    assert sorted((c.date, c.participants) for c in facts.calls) == [
        (dt.date(2025, 10, 2), ("dan-caine", "valery-gerasimov")), (dt.date(2025, 10, 13), ("dan-caine", "valery-gerasimov"))]


@pytest.mark.parametrize("group", ["top defense officials", "defence secretaries"])
def test_the_defence_officials_of_two_countries_are_their_defence_chiefs(extract, group):
    facts = extract("Kari Lindholm, Finland's defence minister, and Tomas Varga, Hungary's defense minister, discussed "
                    f"the border. The {group} of Finland and Hungary talked on the telephone on Friday, ministry "
                    "spokesperson Col. Aino Mattila said.", dt.date(2024, 3, 15))
    assert pairs(facts) == [(("Kari Lindholm", "Tomas Varga"), dt.date(2024, 3, 15))]


def test_talks_someone_came_for_are_a_visit_even_in_a_report_of_phone_calls(extract):
    facts = extract("On Saturday, after Prime Minister Ivo Marin of Croatia came to the palace for talks, President Lena "
                    "Vogt held conversations with her Polish counterpart Jan Nowicki and other leaders. The presidency "
                    "said Vogt placed phone calls to Nowicki and to Chancellor Otto Brandl.", dt.date(2024, 3, 16))
    assert not any("Ivo Marin" in people for people, _ in pairs(facts))


def test_the_presidents_of_two_countries_are_their_presidents_not_their_ministers(extract):
    facts = extract("Foreign Minister Sergey Lavrov and US Secretary of State Marco Rubio talked by telephone on October "
                    "20 about the understandings US President Donald Trump and Russian President Vladimir Putin reached. "
                    "The presidents of Russia and the United States spoke by phone on October 17 and agreed to meet.",
                    dt.date(2025, 10, 20))
    assert (("Donald Trump", "Vladimir Putin"), dt.date(2025, 10, 17)) in pairs(facts)
    assert (("Marco Rubio", "Sergey Lavrov"), dt.date(2025, 10, 17)) not in pairs(facts)


def test_calls_listed_one_to_a_dated_line_under_year_headings(extract):
    facts = extract("On Monday, Japanese Prime Minister Kenji Sato sits down with Korean President Lee Min-ho face to face, "
                    "their first talks in person. All four of the pair's earlier exchanges took place by telephone or "
                    "video link:\n\n2024:\n\nAug. 3 - telephone - about an hour\n\nMarch 9 - video call - 90 minutes\n\n"
                    "2023:\n\nDec. 14 - telephone - 40 minutes\n\nSept. 2 - telephone - half an hour\n\nThe two also met "
                    "in Seoul last year.\n", dt.date(2024, 11, 18))
    assert sorted(d for _, d in pairs(facts)) == [dt.date(2023, 9, 2), dt.date(2023, 12, 14), dt.date(2024, 3, 9),
                                                  dt.date(2024, 8, 3)]


def test_a_call_opening_a_reported_sentence_is_of_those_the_report_tells_of(extract):
    facts = extract("In a phone conversation lasting just four minutes, US Secretary of State Rex Tillerson and Foreign "
                    "Minister Kang Kyung-wha traded views on the launch, the official said.", dt.date(2017, 9, 15))
    assert [p for p, _ in pairs(facts)] == [("Kang Kyung-wha", "Rex Tillerson")]


def test_a_sentence_run_into_a_countrys_capitals_starts_after_them(extract):
    facts = extract("The two would take up the issue again once Tillerson is back in the US.Kang later spoke in a "
                    "separate call with Taro Kono, Japan's foreign minister. Foreign Minister Kang Kyung-wha said so.",
                    dt.date(2017, 9, 15))
    assert ("Kang Kyung-wha", "Taro Kono") in [p for p, _ in pairs(facts)]


def test_a_share_of_calls_counted_before_is_none_of_them(extract):
    facts = extract("Putin and Trump had their first official conversation on February 12, 2025. In 2020 they spoke by "
                    "phone eight times. Half of them were three-way, with Saudi Arabia's King Salman bin Abdulaziz on the "
                    "line too.", dt.date(2025, 2, 13))
    assert all(len(c.participants) == 2 for c in facts.calls)


def test_those_sitting_in_on_a_call_hold_no_call_of_their_own(extract):
    facts = extract("President-elect Donald Trump and President Tsai Ing-wen held a phone call on Friday. Sitting in on "
                    "the call were Minister of Foreign Affairs David Lee and National Security Council Secretary-General "
                    "Joseph Wu.", dt.date(2016, 12, 3))
    assert [p for p, _ in pairs(facts)] == [("Donald Trump", "Tsai Ing-wen")]


def test_a_call_talked_about_or_prepared_for_is_still_to_come(extract):
    facts = extract("Foreign Minister Dmytro Kuleba said the embassy had talked about the future contact between US "
                    "President Joe Biden and Ukraine's President Volodymyr Zelensky, and routine preparations for that "
                    "conversation are going ahead.", dt.date(2021, 2, 19))
    assert facts.calls == ()


def test_calls_a_clause_gives_to_its_own_named_subject_are_not_the_speakers(extract):
    facts = extract("Foreign Minister Dmytro Kuleba suggested looking at the White House website to see which phone "
                    "conversations U.S. President Joe Biden has held lately.", dt.date(2021, 2, 19))
    assert not any("Dmytro Kuleba" in p for p, _ in pairs(facts))


def test_a_call_made_by_one_side_is_that_sides(extract):
    facts = extract("President Tsai Ing-wen and president-elect Donald Trump talked by telephone. A spokesman confirmed "
                    "that the call had been made by Tsai to Trump in line with a procedure arranged in advance.",
                    dt.date(2016, 12, 3))
    assert [c.initiator for c in facts.calls] == ["tsai-ing-wen"]


def test_whom_a_call_went_instead_of_is_not_on_it(extract):
    facts = extract("President Joe Biden spoke with Prime Minister Benjamin Netanyahu on Wednesday. On the anniversary, "
                    "Biden chose to call Israel's President Isaac Herzog instead of Netanyahu.", dt.date(2024, 10, 10))
    assert ("Isaac Herzog", "Joe Biden") in [p for p, _ in pairs(facts)]
    assert not any("Isaac Herzog" in p and "Benjamin Netanyahu" in p for p, _ in pairs(facts))


def test_the_post_someone_joined_a_call_together_with_is_of_their_side(extract):
    facts = extract("On Wednesday President Joe Biden and Israel's Prime Minister Benjamin Netanyahu held a phone "
                    "conversation. Vice President Kamala Harris was on the call together with the president. Biden had "
                    "met Israel's President Isaac Herzog in July.", dt.date(2024, 10, 10))
    assert [p for p, _ in pairs(facts)] == [("Benjamin Netanyahu", "Joe Biden", "Kamala Harris")]


def test_the_one_talked_with_before_an_agency_that_reported_it_is_on_the_call(extract):
    facts = extract("Ahmet Davutoglu, Prime Minister of Turkey, held telephone talks on Tuesday with Russian Prime "
                    "Minister Dmitry Medvedev, Turkey's state television reported, giving no further details.",
                    dt.date(2016, 4, 6))
    assert [p for p, _ in pairs(facts)] == [("Ahmet Davutoglu", "Dmitry Medvedev")]


def test_a_call_that_also_included_someone_had_them_on_it(extract):
    facts = extract("On Monday Prime Minister Mark Rutte held a call with Joe Biden. The call was a joint one that also "
                    "included Belgium's Prime Minister Alexander De Croo, Rutte wrote on Twitter.", dt.date(2023, 4, 4))
    assert [p for p, _ in pairs(facts)] == [("Alexander De Croo", "Joe Biden", "Mark Rutte")]
    facts = extract("On Monday Prime Minister Mark Rutte held a call with Joe Biden. The call also included Belgian "
                    "Prime Minister Alexander De Croo.", dt.date(2023, 4, 4))
    assert [p for p, _ in pairs(facts)] == [("Alexander De Croo", "Joe Biden", "Mark Rutte")]


def test_a_call_some_weeks_before_the_one_told_is_not_on_its_day(extract):
    facts = extract("President Hakainde Hichilema spoke by telephone on Wednesday with President Emmanuel Macron about "
                    "debt relief. Several weeks earlier, Hichilema also held a call with Macron and Olaf Scholz on the "
                    "same subject.", dt.date(2023, 6, 8))
    assert sorted(pairs(facts)) == [(("Emmanuel Macron", "Hakainde Hichilema"), dt.date(2023, 6, 7)),
                                    (("Emmanuel Macron", "Hakainde Hichilema", "Olaf Scholz"), None)]


def test_the_country_that_took_the_initiative_for_the_discussion_called(extract):
    facts = extract("On Friday President Alexander Stubb spoke by telephone with his Turkish counterpart, Recep Tayyip "
                    "Erdogan, about the war. Later, in a statement, the President's Office said the Finnish president "
                    "had voiced concern. The statement said Finland had taken the initiative for the discussion.",
                    dt.date(2024, 5, 17))
    assert [c.initiator for c in facts.calls] == ["oleksandr-stubb"]


def test_who_made_that_call_is_of_the_call_told_just_before(extract):
    facts = extract("On Friday President Alexander Stubb spoke by telephone with Recep Tayyip Erdogan. On the evening of "
                    "last Tuesday, Stubb had talked about European security on the phone with US President Joe Biden. "
                    "That call was made at the initiative of the American president.", dt.date(2024, 5, 17))
    assert {c.date: c.initiator for c in facts.calls} == {dt.date(2024, 5, 17): None, dt.date(2024, 5, 14): "joe-biden"}


def test_those_who_sat_down_for_talks_met(extract):
    facts = extract("Alexander Stubb spoke by telephone with Recep Tayyip Erdogan on Friday. On Friday, in Geneva, US "
                    "Secretary of State Antony Blinken sat down with Russian Foreign Minister Sergei Lavrov for talks "
                    "about Ukraine.", dt.date(2024, 5, 17))
    assert [p for p, _ in pairs(facts)] == [("Alexander Stubb", "Recep Tayyip Erdogan")]


def test_their_conversation_of_a_day_before_is_an_earlier_call(extract):
    facts = extract("Foreign Minister Ayman Safadi took a telephone call on Friday from his American counterpart, Antony "
                    "Blinken. The ministers discussed the escalation in the region, picking up where their telephone "
                    "conversation of last Tuesday had left off.", dt.date(2024, 8, 9))
    assert sorted(c.date for c in facts.calls) == [dt.date(2024, 8, 6), dt.date(2024, 8, 9)]


def test_a_call_a_spokesman_has_confirmed_is_the_days_news(extract):
    facts = extract("MOSCOW, June 9. /TASS/. Presidential Spokesman Dmitry Peskov has confirmed to a TASS correspondent "
                    "that President Vladimir Putin held telephone talks with French President Emmanuel Macron.",
                    dt.date(2018, 6, 9))
    assert [c.date for c in facts.calls] == [dt.date(2018, 6, 9)]


def test_the_leaders_of_countries_are_their_heads_not_the_ministers_named(extract):
    facts = extract("While flying to New Delhi, Secretary of Defense Lloyd Austin placed a call to Japan's Foreign "
                    "Minister Yoko Kamikawa. The Quad was another topic Austin raised with Kamikawa. On March 12 the "
                    "leaders of the United States, Japan, India and Australia met virtually to discuss the region.",
                    dt.date(2024, 3, 19))
    assert pairs(facts) == [(("Lloyd Austin", "Yoko Kamikawa"), None)]


def test_talks_named_by_the_city_they_were_held_in_are_no_call(extract):
    facts = extract("Aliyev and Pashinian fill Putin in on Brussels talks\n\nThe Armenian and Azerbaijani leaders have "
                    "each spoken by phone with Russian President Vladimir Putin. The Kremlin said Azerbaijan's President "
                    "Ilham Aliyev and Putin talked on Tuesday. On Wednesday, the Russian president called Prime Minister "
                    "Nikol Pashinian.", dt.date(2022, 6, 1))
    assert sorted(len(c.participants) for c in facts.calls) == [2, 2]


def test_the_day_of_a_readout_is_not_the_calls(extract):
    facts = extract("The information came in a Tuesday readout from spokesperson John Kirby of a phone call between "
                    "Defense Secretary Lloyd Austin and Rajnath Singh, India's Defence Minister. According to the readout "
                    "of the call, which took place on Monday, Austin thanked India.", dt.date(2021, 9, 22))
    assert [c.date for c in facts.calls] == [dt.date(2021, 9, 20)]


def test_one_side_in_the_talks_also_including_someone_has_them_on_the_call(extract):
    facts = extract("General Oleksandr Syrskyi has spoken by phone with General Christopher Cavoli for the last time in "
                    "his present post. According to Syrskyi, the American side in the talks also included General Alexus "
                    "Grynkewich, who is due to succeed him. As the conversation drew to a close, Syrskyi thanked General "
                    "Cavoli for his support.", dt.date(2025, 7, 1))
    assert [p for p, _ in pairs(facts)] == [("Alexus Grynkewich", "Christopher Cavoli", "Oleksandr Syrskyi")]


def test_a_call_a_day_before_the_one_told_is_its_own_and_that_days(extract):
    facts = extract("On Thursday President Vladimir Putin placed a phone call to President Kassym-Jomart Tokayev, "
                    "offering congratulations on the vote. The conversation with Tokayev came a day after Putin had "
                    "spoken by phone with Shavkat Mirziyoyev, the president of Uzbekistan. The Kremlin said that call was "
                    "requested by Tashkent.", dt.date(2021, 6, 25))
    assert sorted((c.date, c.initiator) for c in facts.calls) == [(dt.date(2021, 6, 23), "shavkat-mirziyoyev"),
                                                                (dt.date(2021, 6, 24), "volodymyr-putin")]


def test_the_day_someone_told_counterparts_in_several_countries_is_the_day_of_their_calls(extract):
    facts = extract("On Sunday, the first day of the holiday, President Recep Tayyip Erdogan told counterparts in several "
                    "countries that Muslims were marking Eid with grief. Erdogan held a telephone conversation with "
                    "Shahbaz Sharif, the prime minister of Pakistan, offering holiday greetings. In a separate call, this "
                    "time with Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, the Turkish leader said he hoped for "
                    "peace.", dt.date(2024, 6, 16))
    assert [c.date for c in facts.calls] == [dt.date(2024, 6, 16)] * 2


def test_a_call_held_for_the_first_time_is_the_days_news(extract):
    facts = extract("Ukraine's President Volodymyr Zelenskyy has spoken by telephone for the first time with Karol "
                    "Nawrocki, who has been elected President of Poland, the spokesman said.", dt.date(2025, 7, 31))
    assert [c.date for c in facts.calls] == [dt.date(2025, 7, 31)]


def test_calls_held_one_after_the_other_rather_than_jointly_are_separate(extract):
    facts = extract("On Jan. 5, President Recep Tayyip Erdoğan held telephone conversations, one after the other rather "
                    "than jointly, with Ukrainian President Volodymyr Zelenskyy and Russian President Vladimir Putin.",
                    dt.date(2023, 1, 6))
    assert sorted(len(c.participants) for c in facts.calls) == [2, 2]


def test_a_call_that_came_in_for_someone_from_another_is_the_others(extract):
    facts = extract("Foreign Minister Shah Mahmood Qureshi spoke to Wang Yi on Monday. A telephone call also came in today "
                    "for Foreign Minister Shah Mahmood Qureshi from Jeremy Hunt, Secretary of State of the United "
                    "Kingdom.", dt.date(2019, 2, 26))
    assert ("jeremy-hunt", dt.date(2019, 2, 26)) in [(c.initiator, c.date) for c in facts.calls]


def test_a_call_he_placed_today_to_someone_is_his_and_that_days(extract):
    facts = extract("William Ruto, the President-elect, has disclosed what was said in a phone call he placed today to "
                    "President Uhuru Kenyatta.", dt.date(2022, 9, 7))
    assert [(p, c.date, c.initiator) for (p, _), c in zip(pairs(facts), facts.calls)] == [
        (("Uhuru Kenyatta", "William Ruto"), dt.date(2022, 9, 7), "william-ruto")]


def test_two_who_called_their_respective_counterparts_after_a_dash_held_a_call_each(extract):
    facts = extract("Formal engagement between the Rishi Sunak government and Japan's leaders got under way on Tuesday, "
                    "when Grant Shapps, the Defence Secretary, and David Cameron, the Foreign Secretary, held phone "
                    "conversations with their respective Japanese counterparts — Minoru Kihara, the Defence Minister, "
                    "and Yoko Kamikawa, the Foreign Minister.", dt.date(2024, 1, 17))
    assert sorted(p for p, _ in pairs(facts)) == [("David Cameron", "Yoko Kamikawa"), ("Grant Shapps", "Minoru Kihara")]


def test_one_speaking_by_phone_who_offered_support_held_the_call(extract):
    facts = extract("A spokesperson for Downing Street said the prime minister, speaking with President Volodymyr "
                    "Zelenskyy by phone on Saturday afternoon, offered the UK's ongoing support, Prime Minister Boris "
                    "Johnson's office said.", dt.date(2022, 4, 30))
    assert pairs(facts) == [(("Boris Johnson", "Volodymyr Zelenskyy"), dt.date(2022, 4, 30))]


def test_a_date_naming_another_event_does_not_date_the_call(extract):
    facts = extract("President Shavkat Mirziyoyev telephoned President Kassym-Jomart Tokayev to congratulate him on "
                    "the March 19 elections, which gave his party a majority.", dt.date(2023, 3, 21))
    assert pairs(facts) == [(("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"), None)]
    facts = extract("In the 14 March video conference, Pal Jonson spoke with Oleksii Reznikov.", dt.date(2023, 3, 16))
    assert pairs(facts) == [(("Oleksii Reznikov", "Pal Jonson"), dt.date(2023, 3, 14))]


def test_who_met_someone_and_then_phoned_him_placed_the_call(extract):
    facts = extract("Recep Tayyip Erdogan, Turkey's president, has offered to mediate: he received Ilham Aliyev in Ankara "
                    "on Monday and then telephoned him again on Wednesday.", dt.date(2023, 9, 22))
    assert [(c.date, c.initiator) for c in facts.calls] == [(dt.date(2023, 9, 20), "recep-erdogan")]


def test_leaders_who_telephoned_someone_and_are_named_in_the_next_sentence_each_called_him(extract):
    facts = extract("Several foreign leaders telephoned President Kassym-Jomart Tokayev on Tuesday to offer sympathy "
                    "after the death of the late former President Nursultan Nazarbayev. Those who called him were "
                    "Uzbekistan's President Shavkat Mirziyoyev, Russian President Vladimir Putin and Turkish "
                    "President Recep Tayyip Erdogan.", dt.date(2023, 3, 16))
    assert sorted((p, c.initiator) for (p, _), c in zip(pairs(facts), facts.calls)) == [
        (("Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"), "recep-erdogan"),
        (("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"), "shavkat-mirziyoyev"),
        (("Kassym-Jomart Tokayev", "Vladimir Putin"), "volodymyr-putin")]
    assert {c.date for c in facts.calls} == {dt.date(2023, 3, 14)}


def test_a_round_of_calls_with_ministers_of_several_countries_is_one_call_each_on_its_day(extract):
    facts = extract("In separate phone calls on Tuesday, Foreign Minister Penny Wong spoke with her opposite numbers "
                    "from Fiji, Tonga, Samoa and Vanuatu. Following her exchange with Sitiveni Rabuka, Fiji's prime "
                    "minister, Ms Wong said the two countries were close partners. When she spoke with Ishmael "
                    "Kalsakau, Vanuatu's prime minister, Wong invited him to Canberra. She later posted that she had "
                    "finished a call with Tonga's Prime Minister Siaosi Sovaleni.", dt.date(2023, 2, 16))
    assert sorted(pairs(facts)) == [(("Ishmael Kalsakau", "Penny Wong"), dt.date(2023, 2, 14)),
                                    (("Penny Wong", "Siaosi Sovaleni"), dt.date(2023, 2, 14)),
                                    (("Penny Wong", "Sitiveni Rabuka"), dt.date(2023, 2, 14))]


def test_one_who_congratulated_another_by_telephoning_him_called(extract):
    facts = extract("Prime Minister Anthony Albanese has congratulated Prabowo Subianto on his win. Albanese passed on "
                    "his good wishes by telephoning Prabowo on Friday.", dt.date(2024, 2, 17))
    assert [(p, c.initiator) for (p, _), c in zip(pairs(facts), facts.calls)] == [
        (("Anthony Albanese", "Prabowo Subianto"), "anthony-albanese")]


def test_one_who_took_a_call_by_phone_from_another_was_called(extract):
    facts = extract("Qatar's Emir Tamim bin Hamad Al Thani took a call by phone from French President Emmanuel Macron "
                    "on Monday about the crisis.", dt.date(2023, 10, 10))
    assert [c.initiator for c in facts.calls] == ["emmanuel-macron"]


def test_calls_with_one_on_a_day_and_with_another_on_the_next_are_each_on_their_day(extract):
    for told in ("had spoken with Prime Minister Mark Rutte on Monday and with Chancellor Olaf Scholz on Tuesday "
                 "evening",
                 "had spoken with Prime Minister Mark Rutte on Monday and, on Tuesday evening, with Chancellor Olaf "
                 "Scholz"):
        facts = extract(f"President Emmanuel Macron gave an interview. Macron said he {told}, to prepare the summit.",
                        dt.date(2023, 6, 8))
        assert sorted(pairs(facts)) == [(("Emmanuel Macron", "Mark Rutte"), dt.date(2023, 6, 5)),
                                        (("Emmanuel Macron", "Olaf Scholz"), dt.date(2023, 6, 6))], told


def test_an_official_whose_given_name_is_written_md_is_on_the_call(extract):
    facts = extract("Speaking by telephone on Monday evening with US Under Secretary of State Victoria Nuland, Md. "
                    "Shahab Uddin, the State Minister for Defence, said the elections would be fair.", dt.date(2023, 5, 24))
    assert [(sorted(c.participants), c.date) for c in facts.calls] == [(["shahab-uddin", "victoria-nuland"],
                                                                        dt.date(2023, 5, 22))]


def test_a_call_no_one_would_confirm_or_that_was_asked_about_is_no_call(extract):
    for told in ("The ministry said it could neither confirm nor deny that Prime Minister Benjamin Netanyahu had "
                 "spoken with President Recep Tayyip Erdogan by phone.",
                 "Asked by reporters whether Prime Minister Benjamin Netanyahu had spoken with President Recep Tayyip "
                 "Erdogan by phone, the spokesman declined to comment.",
                 "The ministry could not confirm that Prime Minister Benjamin Netanyahu had spoken with President "
                 "Recep Tayyip Erdogan by phone."):
        assert not extract(told, dt.date(2023, 5, 2)).calls, told
    facts = extract("Prime Minister Benjamin Netanyahu met President Recep Tayyip Erdogan in New York in September. On "
                    "a conference call with reporters, the spokesman was asked if the two leaders had talked since.",
                    dt.date(2023, 11, 2))
    assert not facts.calls


def test_aides_sitting_with_one_side_during_the_call_are_not_on_it(extract):
    facts = extract("President Gabriel Boric spoke by phone with President Joe Biden on Tuesday. Sitting with Boric in "
                    "La Moneda during the call were Foreign Minister Alberto van Klaveren and Interior Minister "
                    "Carolina Toha.", dt.date(2023, 6, 8))
    assert sorted(p for p, _ in pairs(facts)) == [("Gabriel Boric", "Joe Biden")]


def test_two_who_held_talks_with_unnamed_newcomers_did_not_talk_with_each_other(extract):
    facts = extract("On Wednesday, Foreign Minister Penny Wong and her colleague at defence, Richard Marles, held talks "
                    "with two newcomers to the new cabinet. In their first phone conversation, Wong and the new "
                    "Secretary of State, Marco Rubio, discussed the region.", dt.date(2025, 1, 23))
    assert sorted(p for p, _ in pairs(facts)) == [("Marco Rubio", "Penny Wong")]


def test_the_un_secretary_general_told_by_post_is_on_the_call(extract):
    facts = extract("The president of Kenya and the Secretary-General of the U.N. held a phone conversation on Monday "
                    "about Haiti, the State House said. William Ruto and Antonio Guterres discussed the police mission.",
                    dt.date(2023, 10, 17))
    assert pairs(facts) == [(("Antonio Guterres", "William Ruto"), dt.date(2023, 10, 16))]
    assert {o.name: o.country for o in facts.officials}["Antonio Guterres"] == "UN"


def test_no_counterpart_is_inferred_for_a_round_with_several_countries_left_unnamed(extract):
    facts = extract("On Thursday, External Affairs Minister S Jaishankar spoke by phone with his counterparts from "
                    "Brazil, Saudi Arabia, Iran and Egypt about the pandemic.", dt.date(2020, 4, 24))
    assert not facts.calls
    facts = extract("On Thursday, Defence Minister Richard Marles spoke by phone with his Japanese counterpart about "
                    "the region.", dt.date(2023, 3, 10))
    assert [c.date for c in facts.calls] == [dt.date(2023, 3, 9)]  # one country: its minister that day
    facts = extract("On Friday, External Affairs Minister S Jaishankar held talks by phone with the foreign ministers of "
                    "Australia, Indonesia, the Maldives and Bhutan.", dt.date(2022, 1, 7))
    assert not facts.calls


def test_calls_that_came_from_two_who_each_phoned_a_third_are_one_each(extract):
    facts = extract("The calls came on Monday from Hakan Fidan and Sameh Shoukry, the foreign ministers of Turkey and "
                    "Egypt, who each phoned Sergey Lavrov to discuss Gaza.", dt.date(2023, 11, 7))
    assert sorted((p, c.initiator) for (p, _), c in zip(pairs(facts), facts.calls)) == [
        (("Hakan Fidan", "Sergey Lavrov"), "hakan-fidan"), (("Sameh Shoukry", "Sergey Lavrov"), "sameh-shoukry")]


def test_a_further_call_with_someone_or_another_leader_reached_is_the_hosts(extract):
    facts = extract("President Cyril Ramaphosa held a telephone call with Emmanuel Macron on Monday. Ramaphosa said he "
                    "was ready to help. A further phone conversation was with William Ruto, Kenya's president. Nigeria's "
                    "head of state, Bola Tinubu, was another of the leaders the South African president reached by "
                    "telephone.", dt.date(2023, 6, 30))
    assert sorted(p for p, _ in pairs(facts)) == [("Bola Tinubu", "Cyril Ramaphosa"), ("Cyril Ramaphosa", "Emmanuel Macron"),
                                                  ("Cyril Ramaphosa", "William Ruto")]


def test_a_call_the_host_likewise_held_is_on_the_day_of_the_calls_told_before(extract):
    facts = extract("Speaking on Sunday with William Ruto, the president of Kenya, Cyril Ramaphosa discussed trade. "
                    "Ramaphosa likewise held a call with Bola Tinubu, the Nigerian president, about security.",
                    dt.date(2025, 3, 31))
    assert {c.date for c in facts.calls} == {dt.date(2025, 3, 30)} and len(facts.calls) == 2


def test_the_subject_the_parser_hangs_on_the_phrase_before_the_verb_holds_the_calls(extract):
    facts = extract("President Ilham Aliyev was busy. During the Ramadan period Aliyev had three telephone "
                    "conversations with Olaf Scholz, the German chancellor, and once with Giorgia Meloni, the Italian "
                    "prime minister.", dt.date(2023, 4, 25))
    assert sorted(p for p, _ in pairs(facts)) == [("Giorgia Meloni", "Ilham Aliyev"), ("Ilham Aliyev", "Olaf Scholz")]


def test_those_who_have_spoken_on_a_video_call_of_many_are_on_it(extract):
    facts = extract("The video call of the leaders of the Weimar triangle and the Nordic states is closed to the press, "
                    "but some details have emerged. Those who have spoken include Donald Tusk, the Polish prime "
                    "minister; Olaf Scholz, the German chancellor; and Mette Frederiksen, Denmark's prime minister.",
                    dt.date(2024, 2, 12))
    assert [sorted(p) for p, _ in pairs(facts)] == [["Donald Tusk", "Mette Frederiksen", "Olaf Scholz"]]


def test_a_call_also_held_after_one_told_later_that_day_is_on_that_day(extract):
    facts = extract("On April 9, President Cyril Ramaphosa spoke by telephone with a series of leaders. On Monday, "
                    "Ramaphosa also had a telephone conversation with Emmanuel Macron. In a call held before that with "
                    "William Ruto, Kenya's president, Ramaphosa discussed trade. Later that day, Ramaphosa held yet "
                    "another call, this time with Bola Tinubu. Ramaphosa also spoke by phone with Paul Kagame.",
                    dt.date(2024, 4, 10))
    assert {p[1] if p[0] == "Cyril Ramaphosa" else p[0]: d for p, d in pairs(facts)}["Paul Kagame"] \
        == {p[1] if p[0] == "Cyril Ramaphosa" else p[0]: d for p, d in pairs(facts)}["Bola Tinubu"]


def test_the_day_a_call_was_said_to_be_expected_is_not_its_day(extract):
    facts = extract("Leaders of the coalition held a video call. Those who have spoken include Keir Starmer, the British "
                    "Prime Minister; Emmanuel Macron, president of France; and Mark Rutte, the Secretary General of "
                    "NATO. On the previous evening, Downing Street said that roughly 25 countries were expected on the "
                    "call.", dt.date(2025, 3, 15))
    assert [(len(p), d) for p, d in pairs(facts)] == [(3, None)]


def test_the_chief_told_by_post_held_calls_with_each_of_a_list_parted_by_semicolons(extract):
    facts = extract("General Asim Munir, the Chief of Army Staff, spoke on Monday. The military's media wing said the "
                    "Army Chief made the remarks in telephone conversations with General Michael Kurilla, Commander of "
                    "US Central Command (CENTCOM); General Sir Tony Radakin, the UK's Chief of the Defence Staff; and "
                    "Donald Blome, the US Ambassador to Pakistan.", dt.date(2023, 5, 16))
    assert sorted(p for p, _ in pairs(facts)) == [("Asim Munir", "Donald Blome"), ("Asim Munir", "Michael Kurilla"),
                                                  ("Asim Munir", "Tony Radakin")]


def test_the_day_of_an_election_is_not_the_calls_and_the_pair_that_affirmed_on_a_day_spoke_then(extract):
    facts = extract("President-elect Lee Jae-myung and Prime Minister Shigeru Ishiba on Thursday affirmed that they "
                    "would cooperate. During telephone talks of about 20 minutes, Ishiba and Lee agreed to meet soon. "
                    "Since winning Tuesday's election, Lee has held phone talks with two foreign leaders.",
                    dt.date(2025, 6, 6))
    assert pairs(facts) == [(("Lee Jae-myung", "Shigeru Ishiba"), dt.date(2025, 6, 5))]


def test_the_two_named_before_a_clause_in_which_the_two_spoke_are_on_the_call(extract):
    facts = extract("The new shipment makes good on a promise given by Prime Minister Fumio Kishida to President "
                    "Ferdinand Marcos Jr. when the two spoke by phone in April.", dt.date(2023, 11, 23))
    assert [p for p, _ in pairs(facts)] == [("Ferdinand Marcos Jr.", "Fumio Kishida")]


def test_in_a_conversation_two_who_pressed_a_third_are_one_call_of_the_three(extract):
    facts = extract("In a conversation lasting more than an hour on Sunday, Prime Minister Keir Starmer and President "
                    "Emmanuel Macron pressed President Volodymyr Zelenskyy on a ceasefire.", dt.date(2025, 3, 3))
    assert [sorted(p) for p, _ in pairs(facts)] == [["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelenskyy"]]


def test_hours_after_an_event_on_a_day_is_that_day_and_frequent_calls_are_none(extract):
    facts = extract("Hours after taking office on Friday, Defence Minister Richard Marles held a conversation with "
                    "Lloyd Austin, the US Secretary of Defense. Ever since the attack of October 7, 2023, Austin and "
                    "Yoav Gallant spoke frequently. Austin told Gallant on Thursday, in the last call between them, that "
                    "he had been a friend.", dt.date(2024, 11, 9))
    assert sorted(pairs(facts)) == [(("Lloyd Austin", "Richard Marles"), dt.date(2024, 11, 8)),
                                    (("Lloyd Austin", "Yoav Gallant"), dt.date(2024, 11, 7))]


def test_the_first_of_two_calls_that_came_in_a_month_is_an_earlier_call(extract):
    facts = extract("General Asim Munir, the army chief, held talks on Tuesday with Lloyd Austin, the US Defence "
                    "Secretary, in a telephone call. It was the second telephone conversation between Gen Munir and the "
                    "American secretary. The first came in January, when the US defence secretary phoned Munir to "
                    "congratulate him.", dt.date(2023, 10, 5))
    assert sorted((d is None, c.date is None) for (_, d), c in zip(pairs(facts), facts.calls)) == [
        (False, False), (True, True)]


def test_a_spokesperson_set_beside_the_counterpart_phrase_tells_the_call_and_is_not_on_it(extract):
    facts = extract("Defence Minister Richard Marles spoke with Chinese Defence Minister Dong Jun on Friday. It was "
                    "Marles who placed the call to his Chinese counterpart, Jane Smith, the defence department's press "
                    "secretary, said in remarks to reporters.", dt.date(2024, 6, 1))
    assert [(p, c.initiator) for (p, _), c in zip(pairs(facts), facts.calls)] == [
        (("Dong Jun", "Richard Marles"), "richard-marles")]


@pytest.mark.parametrize("clause, caller", [
    ("when Secretary of State Antony Blinken called Wang to discuss the balloon", "antony-blinken"),
    ("when the Chinese foreign minister telephoned Blinken about Taiwan", "wang-yi"),
])
def test_the_one_who_phoned_in_the_first_of_two_calls_initiated_that_earlier_call(extract, clause, caller):
    facts = extract("Chinese Foreign Minister Wang Yi spoke with Secretary of State Antony Blinken by phone on Friday. "
                    "It was their second call this year. The first one took place in March, " + clause + ".",
                    dt.date(2023, 8, 19))
    earlier = [c for c in facts.calls if c.earlier]
    assert [(c.participants, c.initiator) for c in earlier] == [(("antony-blinken", "wang-yi"), caller)]


def test_a_first_call_told_in_the_pluperfect_after_a_second_one_is_the_earlier_call_that_that_conversation_points_to(
        extract):
    facts = extract("Foreign Minister Hakan Fidan held a second phone conversation on Monday with Iranian Foreign "
                    "Minister Abbas Araghchi. This time the Iranian side had asked for the call. Media reported in "
                    "March that Fidan had held his first telephone call with Araghchi after the latter took office. "
                    "That call had been requested by Ankara.", dt.date(2025, 6, 17))
    assert sorted((c.earlier, c.date, c.initiator) for c in facts.calls) == [
        (False, dt.date(2025, 6, 16), "abbas-araghchi"), (True, None, "hakan-fidan")]


def test_they_spoke_the_same_day_as_another_named_call_is_the_pair_that_asked_before_and_that_call_too(extract):
    facts = extract("After the strike, Prime Minister Keir Starmer asked for a phone call with President Emmanuel "
                    "Macron. They spoke on Tuesday, the same day as Macron's conversation with Chancellor Olaf Scholz. "
                    "Defence Secretary John Healey was later patched into the call.", dt.date(2024, 11, 21))
    assert sorted((c.participants, c.date, c.initiator) for c in facts.calls) == [
        (("emmanuel-macron", "john-healey", "keir-starmer"), dt.date(2024, 11, 19), "keir-starmer"),
        (("emmanuel-macron", "olaf-scholz"), dt.date(2024, 11, 19), None)]


def test_they_spoke_a_day_after_another_named_call_dates_that_call_the_day_before(extract):
    facts = extract("Foreign Minister Penny Wong requested a call with Secretary of State Antony Blinken. They spoke "
                    "on Friday, a day after Blinken's conversation with Japan's foreign minister, Yoko Kamikawa.",
                    dt.date(2024, 3, 10))
    assert sorted((c.participants, c.date, c.initiator) for c in facts.calls) == [
        (("antony-blinken", "penny-wong"), dt.date(2024, 3, 8), "penny-wong"),
        (("antony-blinken", "yoko-kamikawa"), dt.date(2024, 3, 7), None)]


def test_a_titled_subject_hung_on_had_is_on_each_call_of_the_with_list(extract):
    facts = extract("President Cyril Ramaphosa phoned leaders of the region on Sunday. By his aide's account, the "
                    "President had before that spoken with William Ruto, the President of Kenya, and with Bola "
                    "Tinubu, the President of Nigeria.", dt.date(2023, 5, 15))
    assert sorted(c.participants for c in facts.calls) == [("bola-tinubu", "cyril-ramaphosa"),
                                                         ("cyril-ramaphosa", "william-ruto")]


@pytest.mark.parametrize("verb, caller", [("took", "cyril-ramaphosa"), ("enjoyed", None)])
def test_two_who_had_their_calls_each_spoke_with_the_one_on_the_calls_told_not_with_each_other(extract, verb, caller):
    facts = extract("President Cyril Ramaphosa phoned Naledi Pandor, the Minister of International Relations, on "
                    "Sunday, and then phoned Thandi Modise, the Minister of Defence. Pandor and Modise " + verb +
                    " their calls and thanked him.", dt.date(2023, 5, 15))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("cyril-ramaphosa", "naledi-pandor"), "cyril-ramaphosa"), (("cyril-ramaphosa", "thandi-modise"),
                                                                   "cyril-ramaphosa")]


@pytest.mark.parametrize("lead, day", [
    ("On Tuesday Defence Minister Pål Jonson wrote to parliament that Ukraine would get more artillery. ",
     dt.date(2024, 3, 5)),
    ("", None),
])
def test_a_speaker_who_told_the_other_in_a_call_is_on_it_and_that_day_is_the_day_the_sentence_before_tells(
        extract, lead, day):
    facts = extract(lead + "Prime Minister Ulf Kristersson had already told President Volodymyr Zelensky of the "
                    "plan in a phone conversation earlier that day.", dt.date(2024, 3, 6))
    assert [(c.participants, c.date) for c in facts.calls] == [(("ulf-kristersson", "volodymyr-zelenskyy"), day)]


def test_a_pair_that_went_over_a_matter_and_the_call_one_received_from_the_other_told_after(extract):
    facts = extract("On Tuesday, Jordanian Foreign Minister Ayman Safadi went over the plans for the summit with "
                    "Catherine Colonna, the French foreign minister, his ministry said. Posting about the phone call "
                    "he received from Colonna, the ministry's spokesman Sufian Qudah said the two ministers had "
                    "agreed to stay in touch.", dt.date(2023, 11, 16))
    assert [(c.participants, c.date, c.initiator) for c in facts.calls] == [
        (("ayman-safadi", "catherine-colonna"), dt.date(2023, 11, 14), "catherine-colonna")]


def test_a_weekday_of_a_coming_event_told_in_the_present_tense_is_not_the_calls_day(extract):
    facts = extract("Foreign Minister Hakan Fidan spoke by phone with Secretary of State Antony Blinken. The call "
                    "took place as mediators push for a pause in the fighting before Passover, the spring festival, "
                    "begins on Sunday.",
                    dt.date(2024, 3, 8))
    assert [(c.participants, c.date) for c in facts.calls] == [(("antony-blinken", "hakan-fidan"), None)]


def test_a_dateline_with_a_country_in_brackets_dates_the_story_not_the_call_and_a_described_call_keeps_its_day(
        extract):
    facts = extract("Paris (France), March 9: In talks with Penny Wong, his counterpart from Australia, French "
                    "Foreign Minister Stephane Sejourne condemned the strikes, the ministry said on Friday.\n\n"
                    "Recounting Sejourne's call with Wong, which took place on Wednesday, a spokesman said the two "
                    "had agreed to meet.", dt.date(2024, 3, 9))
    assert [(c.participants, c.date) for c in facts.calls] == [(("penny-wong", "stephane-sejourne"),
                                                                dt.date(2024, 3, 6))]


def test_a_call_a_day_after_two_others_had_held_their_own_is_dated_and_theirs_the_day_before(extract):
    facts = extract("On Thursday, Foreign Minister Penny Wong spoke by telephone with Yoko Kamikawa, Japan's "
                    "Foreign Minister, a day after Kamikawa and Antony Blinken had held their own phone "
                    "conversation.", dt.date(2024, 3, 9))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("antony-blinken", "yoko-kamikawa"), dt.date(2024, 3, 6)),
        (("penny-wong", "yoko-kamikawa"), dt.date(2024, 3, 7))]


def test_a_name_set_beside_a_government_whose_post_was_told_before_holds_it_and_the_same_day_is_the_next_calls(
        extract):
    facts = extract("The same day, Lavrov also phoned the foreign minister of Sudan. Speaking on Tuesday with Ahmed "
                    "Attaf, Algeria's Foreign Minister, Sergey Lavrov discussed the crisis. In his conversation with "
                    "Hussein Awad of Sudan, Lavrov urged restraint.", dt.date(2024, 5, 8))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("ahmed-attaf", "sergei-lavrov"), dt.date(2024, 5, 7)), (("hussein-awad", "sergei-lavrov"), dt.date(2024, 5, 7))]


def test_the_side_initiating_the_conversation_in_a_with_clause_called(extract):
    facts = extract("President Kassym-Jomart Tokayev and President Vladimir Putin spoke by telephone on Monday, with "
                    "the Kazakh side initiating the conversation, the presidential press service said.",
                    dt.date(2022, 1, 11))
    assert [c.initiator for c in facts.calls] == ["kassym-jomart-tokayev"]


def test_a_call_taken_on_a_day_written_in_numbers_from_an_official_was_his(extract):
    facts = extract("Foreign Minister Ayman Safadi took a telephone call on Monday 12/3/2018 from German Foreign "
                    "Minister Heiko Maas.", dt.date(2018, 3, 13))
    assert [c.initiator for c in facts.calls] == ["heiko-maas"]


def test_a_headline_caller_of_two_named_with_given_names_and_initials_called_both(extract):
    facts = extract("Secretary of State Antony Blinken held phone talks on Tuesday with India's External Affairs Minister S "
                    "Jaishankar and with Pakistan's army chief General Asim Munir.", dt.date(2024, 5, 8),
                    title="Blinken dials S Jaishankar, Asim Munir over tensions")
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("antony-blinken", "asim-munir"), "antony-blinken"), (("antony-blinken", "subrahmanyam-jaishankar"),
                                                              "antony-blinken")]


def test_speaking_at_a_place_is_the_teller_at_a_briefing_not_on_the_call(extract):
    facts = extract("Speaking at the White House on June 23, 2022, Jake Sullivan, the national security adviser, "
                    "recalled that President Biden had assured President Volodymyr Zelensky when the two spoke last "
                    "week that Washington would keep backing Ukraine.", dt.date(2022, 6, 24))
    assert all("jake-sullivan" not in c.participants for c in facts.calls)


def test_calls_a_deal_was_struck_to_resume_are_none_held(extract):
    facts = extract("Defence Secretary Lloyd Austin held a video call with Admiral Dong Jun on Tuesday. The statement "
                    "said that on Tuesday Austin impressed on Dong how important it was to keep channels open, and "
                    "reaffirmed the deal President Joe Biden and President Xi Jinping struck in November to resume "
                    "phone calls between commanders of the two militaries.", dt.date(2024, 4, 17))
    assert [c.participants for c in facts.calls] == [("dong-jun", "lloyd-austin")]


def test_a_headline_caller_phoning_the_ministers_of_two_countries_called_both(extract):
    facts = extract("Speaking on Monday with Eli Cohen, Israel's Foreign Minister, Wang conveyed China's concern. In "
                    "his phone conversation with Egypt's Foreign Minister Sameh Shoukry the same day, Wang urged "
                    "restraint.", dt.date(2023, 10, 24),
                    title="Wang Yi phones Israeli and Egyptian foreign ministers")
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("eli-cohen", "wang-yi"), "wang-yi"), (("sameh-shoukry", "wang-yi"), "wang-yi")]


def test_the_n_leaders_named_before_held_the_group_call_with_the_holder_of_a_post_handle(extract):
    facts = extract("Leaders of Spain, Italy and Portugal have joined Ukraine's Volodymyr Zelenskyy in a group phone "
                    "call with Donald Trump. Pedro Sanchez, Giorgia Meloni and Luis Montenegro came to Kyiv by train, "
                    "and sat down with Zelenskyy. The four leaders together held a call with @POTUS on the ceasefire, "
                    "the foreign minister wrote.", dt.date(2025, 5, 10))
    assert [c.participants for c in facts.calls] == [
        ("donald-trump", "giorgia-meloni", "luis-montenegro", "pedro-sanchez", "volodymyr-zelenskyy")]


def test_the_first_having_taken_place_on_a_day_is_the_pairs_earlier_call(extract):
    facts = extract("The ministry said it was President Biden who rang Prime Minister Anthony Albanese on 30 April. "
                    "It was the leaders' second phone conversation, the ministry noted, the first having taken place "
                    "on 23 May 2022.", dt.date(2023, 5, 2))
    assert sorted((c.date, c.earlier) for c in facts.calls) == [(dt.date(2022, 5, 23), True), (dt.date(2023, 4, 30), False)]


def test_pressing_someone_to_arrange_a_telephone_talk_is_no_call(extract):
    facts = extract("The envoy passed the prime minister's request on to Foreign Minister AK Abdul Momen and pressed "
                    "him to arrange the telephone talk with Prime Minister Imran Khan.", dt.date(2020, 7, 23))
    assert facts.calls == ()


def test_his_weekday_call_with_one_built_on_the_previous_days_call_with_another(extract):
    facts = extract("Trump said his Wednesday conversation with Zelenskyy largely built on the previous day's call with "
                    "Putin.", dt.date(2025, 3, 20))
    assert sorted(pairs(facts)) == [(("Donald Trump", "Vladimir Putin"), dt.date(2025, 3, 18)),
                                    (("Donald Trump", "Volodymyr Zelenskyy"), dt.date(2025, 3, 19))]


def test_those_who_put_out_a_statement_about_a_call_are_not_on_it(extract):
    facts = extract("President Donald Trump spoke by phone with President Volodymyr Zelensky on Wednesday. Later, "
                    "Secretary of State Marco Rubio, together with national security adviser Mike Waltz, put out a "
                    "statement about the Trump-Zelensky conversation.", dt.date(2025, 3, 20))
    assert [c.participants for c in facts.calls] == [("donald-trump", "volodymyr-zelenskyy")]


def test_their_call_with_two_named_is_the_call_the_pair_held_with_counterparts_told_before(extract):
    facts = extract("Jake Sullivan, the national security adviser, and General Mark Milley held talks with their "
                    "opposite numbers in Kyiv by phone on Tuesday. Their call with Andriy Yermak, who heads the "
                    "presidential office, and Valerii Zaluzhny, the commander in chief, came hours before the package "
                    "was announced.", dt.date(2022, 6, 2))
    assert [set(c.participants) for c in facts.calls] == [{"jake-sullivan", "mark-milley", "andrei-yermak",
                                                           "valery-zaluzhnyi"}]


def test_a_call_told_in_a_when_clause_is_held_though_the_main_clause_is_negated(extract):
    facts = extract("Tariffs were not raised in Starmer's first call with Trump. When Keir Starmer talked to President "
                    "Trump yesterday, the possibility of tariffs did not come up, according to a reporter.",
                    dt.date(2025, 1, 27))
    assert [(c.participants, c.date) for c in facts.calls] == [(("donald-trump", "keir-starmer"), dt.date(2025, 1, 26))]


def test_the_owner_of_a_call_that_tells_the_time_of_something_else_is_on_that_call(extract):
    facts = extract("Zelensky said he had talked by phone with US President Donald Trump. After Mr. Trump's talk with "
                    "Mr. Putin yesterday, Russia hit Kyiv with the biggest drone attack of the war.",
                    dt.date(2025, 7, 4))
    assert (("Donald Trump", "Vladimir Putin"), dt.date(2025, 7, 3)) in pairs(facts)


def test_the_pair_after_a_call_that_came_after_a_meeting_is_still_the_calls(extract):
    facts = extract("Prime Minister Benjamin Netanyahu held a telephone conversation with US President Joe Biden this "
                    "evening. The call came after Netanyahu had sat down tonight with CIA Director William Burns. The "
                    "previous conversation between the pair took place on Sunday.", dt.date(2024, 2, 15))
    assert sorted(pairs(facts)) == [(("Benjamin Netanyahu", "Joe Biden"), dt.date(2024, 2, 11)),
                                    (("Benjamin Netanyahu", "Joe Biden"), dt.date(2024, 2, 15))]


def test_a_name_after_a_title_with_for_is_on_the_video_meeting(extract):
    facts = extract("Australia's Minister for Defence Linda Reynolds, KONO Taro, who is Japan's Minister of Defense, and "
                    "Mark Esper, the US Secretary of Defense, held a trilateral defence ministers' meeting by video on "
                    "Tuesday.", dt.date(2020, 7, 8))
    assert [c.participants for c in facts.calls] == [("linda-reynolds", "mark-esper", "taro-kono")]


def test_the_new_prime_minister_is_the_one_told_recently_elected_not_the_home_one_nor_the_former(extract):
    facts = extract("On Friday, Prime Minister Narendra Modi spoke over the telephone with his counterpart from Japan, "
                    "Fumio Kishida, who was recently elected Prime Minister. It was the first time they had spoken "
                    "since Kishida succeeded Yoshihide Suga. The new prime minister is also reported to have had his "
                    "first telephone conversation with Chinese President Xi Jinping. Yoshihide Suga, the former Prime "
                    "Minister, took office in 2020.", dt.date(2021, 10, 9), url="https://www.freepressjournal.in/x")
    assert sorted(c.participants for c in facts.calls) == [("fumio-kishida", "narendra-modi"),
                                                         ("fumio-kishida", "xi-jinping")]


def test_a_ministry_that_asked_for_the_conversation_and_a_conjoined_clause_telling_the_call(extract):
    facts = extract("The Russian Ministry of Defence asked for the conversation, and this afternoon the Secretary of State "
                    "for Defence Ben Wallace duly spoke to his Russian opposite number, Sergei Shoigu.",
                    dt.date(2022, 10, 23))
    assert [(c.participants, c.date, c.initiator) for c in facts.calls] == [
        (("ben-wallace", "sergei-shoigu"), dt.date(2022, 10, 23), "sergei-shoigu")]


def test_the_call_he_received_on_a_day_from_an_official_was_placed_by_that_official(extract):
    facts = extract("The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, made the remarks in a phone call that he "
                    "received on Wednesday from Joe Biden, President of the United States.", dt.date(2023, 11, 23))
    assert [c.initiator for c in facts.calls] == ["joe-biden"]


def test_one_who_joined_a_meeting_by_video_while_others_were_present_is_no_call(extract):
    facts = extract("Yesterday General Mark Milley played host in Hawaii to a trilateral meeting with General Won In "
                    "Choul and General Koji Yamazaki. Also present were Admiral Philip Davidson and Admiral John "
                    "Aquilino, while General Robert Abrams joined by video teleconference.", dt.date(2021, 4, 30))
    assert facts.calls == ()


def test_a_spokesperson_named_last_before_the_closing_said_only_told_of_the_call(extract):
    facts = extract("Foreign Minister Sameh Shoukry took a telephone call on Wednesday from US Secretary of State Rex "
                    "Tillerson, Counselor Ahmed Hafez, the spokesperson of the Foreign Ministry, said.",
                    dt.date(2018, 1, 25))
    assert [c.participants for c in facts.calls] == [("rex-tillerson", "sameh-shoukry")]


def test_an_owners_separate_calls_a_day_before_the_call_told_are_his_own_dated_a_day_earlier(extract):
    facts = extract("Prime Minister Mark Rutte spoke with President Emmanuel Macron by phone on Thursday. The call with "
                    "Macron followed by one day the Dutch prime minister's separate conversations with Pedro Sanchez, Spain's "
                    "prime minister, and with Italy's Giorgia Meloni.", dt.date(2023, 3, 17))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("emmanuel-macron", "mark-rutte"), dt.date(2023, 3, 16)),
        (("giorgia-meloni", "mark-rutte"), dt.date(2023, 3, 15)),
        (("mark-rutte", "pedro-sanchez"), dt.date(2023, 3, 15))]


def test_calls_of_an_owner_named_by_name_two_days_before_another_call(extract):
    facts = extract("Chancellor Olaf Scholz called President Joe Biden on Monday, two days after Scholz's calls with "
                    "Rishi Sunak and Justin Trudeau.", dt.date(2023, 2, 28))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("joe-biden", "olaf-scholz"), dt.date(2023, 2, 27)),
        (("justin-trudeau", "olaf-scholz"), dt.date(2023, 2, 25)),
        (("olaf-scholz", "rishi-sunak"), dt.date(2023, 2, 25))]


def test_welcoming_a_stance_is_no_visit_so_leaders_who_talked_spoke_remotely(extract):
    facts = extract("On Tuesday, President Emmanuel Macron talked with Chancellor Olaf Scholz and stressed support for "
                    "Ukraine. Macron also welcomed Scholz's stated readiness to send more air defence.",
                    dt.date(2023, 5, 17))
    assert [(c.participants, c.date) for c in facts.calls] == [(("emmanuel-macron", "olaf-scholz"), dt.date(2023, 5, 16))]


def test_leaders_who_welcomed_a_guest_and_talked_met_in_person(extract):
    facts = extract("On Tuesday, President Emmanuel Macron talked with Chancellor Olaf Scholz and stressed support for "
                    "Ukraine. Macron welcomed Scholz at the Elysee Palace.", dt.date(2023, 5, 17))
    assert facts.calls == ()


def test_a_clause_beside_a_statement_about_the_call_tells_who_spoke(extract):
    facts = extract("Secretary Antony Blinken held a phone call on Friday. According to a State Department statement about "
                    "the call, Blinken talked with Dmytro Kuleba, who serves President Volodymyr Zelensky as foreign minister.",
                    dt.date(2022, 7, 23))
    assert [(c.participants, c.date) for c in facts.calls] == [(("antony-blinken", "dmitry-kuleba"), dt.date(2022, 7, 22))]
    facts = extract("Secretary Antony Blinken held a phone call on Friday. According to a State Department readout of "
                    "the call, Blinken talked with Dmytro Kuleba, who serves President Volodymyr Zelensky as foreign "
                    "minister.", dt.date(2022, 7, 23))
    assert [(c.participants, c.date) for c in facts.calls] == [(("antony-blinken", "dmitry-kuleba"), dt.date(2022, 7, 22))]


def test_his_counterpart_is_the_official_of_that_country_the_article_names_without_a_post(extract):
    facts = extract("In a telephone call on Monday with his Chinese counterpart, Jake Sullivan, the White House "
                    "national security adviser, urged restraint. According to a White House statement about the call, "
                    "Sullivan talked with Wang Yi, who advises President Xi Jinping on foreign policy.",
                    dt.date(2023, 5, 16))
    assert [(c.participants, c.date) for c in facts.calls] == [(("jake-sullivan", "wang-yi"), dt.date(2023, 5, 15))]


def test_a_call_told_days_before_another_pairs_call_is_dated_from_that_call(extract):
    facts = extract("General Mark Milley held a telephone conversation on Thursday with General Valery Gerasimov. "
                    "Milley's talk with Gerasimov took place six days after Lloyd Austin, the US Secretary of Defense, "
                    "spoke with Sergei Shoigu, his Russian counterpart.", dt.date(2022, 5, 20))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("lloyd-austin", "sergei-shoigu"), dt.date(2022, 5, 13)),
        (("mark-milley", "valery-gerasimov"), dt.date(2022, 5, 19))]


def test_so_called_names_something_and_tells_no_call(extract):
    facts = extract("President Moon Jae-in and Prime Minister Shinzo Abe held a telephone conversation on Thursday. "
                    "Yoon Young-chan, senior presidential secretary, said Moon raised the issue. Yoon quoted Moon as telling Abe that most "
                    "Koreans find the agreement on the so-called comfort women hard to accept.", dt.date(2017, 5, 11),
                    title="Moon and Abe hold first phone talks, focus on history disputes")
    assert [c.participants for c in facts.calls] == [("moon-jae-in", "shinzo-abe")]


def test_one_day_after_his_call_with_a_the_subject_phoned_b(extract):
    facts = extract("Just one day after his conversation with US President Donald Trump, President Lula da Silva got on "
                    "the telephone on Thursday with his Chinese counterpart, Xi Jinping.", dt.date(2025, 8, 8))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("donald-trump", "luiz-silva"), dt.date(2025, 8, 6)),
        (("luiz-silva", "xi-jinping"), dt.date(2025, 8, 7))]


def test_two_calls_told_again_each_with_its_own_party_pair_no_one(extract):
    facts = extract("President Lula da Silva spoke with Donald Trump on Wednesday and with Xi Jinping on Thursday. The "
                    "exchange with Trump had centred on tariffs; the talk with Xi, by contrast, dwelt on trade.",
                    dt.date(2025, 8, 8))
    assert sorted(c.participants for c in facts.calls) == [("donald-trump", "luiz-silva"),
                                                           ("luiz-silva", "xi-jinping")]


def test_talks_held_in_a_city_are_a_meeting_and_asking_to_update_someone_places_the_call(extract):
    facts = extract("President Cyril Ramaphosa spoke with Vladimir Putin by phone on Thursday. The discussion took place "
                    "because Putin had asked to update Ramaphosa on the peace process and to talk over trade. The "
                    "Kremlin said Putin passed on "
                    "the outcomes of the talks he had held in Moscow the previous day with Steven Witkoff.",
                    dt.date(2025, 8, 8))
    assert [(c.participants, c.initiator) for c in facts.calls] == [
        (("cyril-ramaphosa", "volodymyr-putin"), "volodymyr-putin")]


def test_the_day_an_office_confirmed_an_earlier_call_is_not_the_calls_day(extract):
    facts = extract("On Thursday the office of President Cyril Ramaphosa confirmed that he had spoken by telephone with "
                    "Xi Jinping. The confirmation follows a Chinese statement that the two leaders had talked about "
                    "trade on Wednesday night.", dt.date(2023, 6, 9))
    assert [(c.participants, c.date) for c in facts.calls] == [(("cyril-ramaphosa", "xi-jinping"), dt.date(2023, 6, 7))]


def test_conversations_had_since_a_time_are_no_call_of_their_own(extract):
    facts = extract("President Cyril Ramaphosa spoke with Vladimir Putin on Wednesday. Since the war started he has also "
                    "had conversations with Volodymyr Zelensky.", dt.date(2023, 6, 9))
    assert [c.participants for c in facts.calls] == [("cyril-ramaphosa", "volodymyr-putin")]


def test_leaders_the_parser_lists_after_a_summit_in_a_where_clause_still_spoke(extract):
    facts = extract("Speaking by telephone from Lima, where he was attending an Asia-Pacific summit, Biden and Emir "
                    "Sheikh Tamim bin Hamad Al Thani went over the need for a ceasefire, the White House said in a "
                    "statement on Saturday.", dt.date(2024, 11, 17))
    assert [(c.participants, c.date) for c in facts.calls] == [(("joe-biden", "tamim-thani"), dt.date(2024, 11, 16))]


def test_a_days_call_told_later_dates_the_call_reported_on_another_day(extract):
    facts = extract("In a phone call, Prime Minister Mark Carney and President Donald Trump agreed that relations would "
                    "improve, Carney said on Friday. The two leaders have offered different accounts of Thursday's "
                    "call.", dt.date(2025, 3, 8))
    assert [(c.participants, c.date) for c in facts.calls] == [(("donald-trump", "mark-carney"), dt.date(2025, 3, 6))]


def test_a_day_a_discussion_is_scheduled_for_is_not_the_day_of_the_call(extract):
    facts = extract("Macron underlined in a telephone conversation with Ukraine's President Volodymyr Zelensky that "
                    "France stood with Ukraine, the Elysee said on Thursday evening. Macron and Zelensky agreed to keep "
                    "in touch about the European Council's discussion scheduled for June 23-24.", dt.date(2022, 6, 10))
    assert [(c.participants, c.date) for c in facts.calls] == [
        (("emmanuel-macron", "volodymyr-zelenskyy"), dt.date(2022, 6, 9))]


def test_who_signed_off_in_what_a_caller_let_the_other_know_is_not_on_the_call(extract):
    facts = extract("At a news conference at the Pentagon, Lloyd Austin said he had phoned Ukraine's acting defense "
                    "minister to let him know that President Joe Biden had signed off on the help, which contains no "
                    "weapons.", dt.date(2022, 4, 14))
    assert not any("joe-biden" in c.participants for c in facts.calls)


def test_ministers_standing_next_to_each_other_who_talked_over_a_plan_met(extract):
    facts = extract("Lloyd Austin said he had phoned Ukrainian Defence Minister Oleksii Reznikov. Standing next to "
                    "Mariusz Blaszczak, his Polish counterpart, Austin said NATO must stay united. Austin said that he "
                    "and Blaszczak had talked over a roadmap for closer ties.", dt.date(2022, 4, 14))
    assert [c.participants for c in facts.calls] == [("lloyd-austin", "oleksii-reznikov")]


def test_calls_nobody_picks_up_are_no_call(extract):
    facts = extract("For days now Defense Secretary Lloyd Austin has been phoning Ukrainian Defence Minister Oleksii "
                    "Reznikov, and nobody picks up.", dt.date(2022, 4, 14))
    assert facts.calls == ()


def test_in_a_call_with_x_the_leader_also_asked_is_the_call_of_the_day_told_before(extract):
    facts = extract("Hours after his summit with Kim Jong-un broke up without a deal, U.S. President Donald Trump on "
                    "Thursday reaffirmed that he remains committed to dialogue. In a telephone conversation with Yoon "
                    "Suk-yeol, South Korea's president, the American leader also asked Yoon to help broker talks.",
                    dt.date(2023, 3, 3))
    assert [(c.participants, c.date) for c in facts.calls] == [(("donald-trump", "yoon-yeol"), dt.date(2023, 3, 2))]


def test_one_side_named_on_the_hosts_call_makes_the_two_their_pair(extract):
    facts = extract("Sergei Shoigu, Russia's defence minister, spoke by phone on Monday with Ben Wallace and, "
                    "separately, with Lloyd Austin. During the US-Russia call, Defense "
                    "Secretary Lloyd Austin said he rejected any pretext for escalation. The two had now spoken twice "
                    "within a week; their previous call took place on October 21.", dt.date(2022, 10, 24))
    assert (("lloyd-austin", "sergei-shoigu"), dt.date(2022, 10, 21)) in [(c.participants, c.date) for c in facts.calls]


def test_the_two_had_last_spoken_in_a_month_is_their_earlier_call(extract):
    facts = extract("On Thursday President Joe Biden and President Xi Jinping held a telephone conversation covering "
                    "trade. According to the White House, the two men had last spoken in March.", dt.date(2022, 7, 29))
    assert sorted((c.participants, c.date or dt.date.min) for c in facts.calls) == [
        (("joe-biden", "xi-jinping"), dt.date.min), (("joe-biden", "xi-jinping"), dt.date(2022, 7, 28))]


def test_foreign_ministers_at_talks_in_a_city_among_them_are_not_on_the_call_told(extract):
    facts = extract("On Thursday Chancellor Olaf Scholz spoke by phone with President Vladimir Putin. Sergei Lavrov, "
                    "Russia's Foreign Minister, will meet Antony Blinken. Putin's call came one day ahead of talks in "
                    "Paris among the foreign ministers of Ukraine, Germany, France and Russia.", dt.date(2022, 7, 29))
    assert [c.participants for c in facts.calls] == [("olaf-scholz", "volodymyr-putin")]


def test_today_in_a_quote_said_last_night_is_the_day_before_publication(extract):
    facts = extract('"Today I spoke with the Spanish Prime Minister Pedro Sanchez," President Volodymyr Zelensky said '
                    "last night in his evening address.", dt.date(2023, 3, 2))
    assert [(c.participants, c.date) for c in facts.calls] == [(("pedro-sanchez", "volodymyr-zelenskyy"), dt.date(2023, 3, 1))]


def test_several_named_subjects_holding_one_call_with_another_are_one_call_of_them_all(extract):
    facts = extract("On Friday, 16 May, President Volodymyr Zelensky took part in a telephone conversation with several "
                    "European leaders and US President Donald Trump. By his spokesman's account, Zelensky, French "
                    "President Emmanuel Macron, German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk "
                    "held a phone conversation with US President Trump.", dt.date(2025, 5, 16))
    assert [(c.participants, c.date) for c in facts.calls] == [
        (("donald-trump", "donald-tusk", "emmanuel-macron", "friedrich-merz", "volodymyr-zelenskyy"), dt.date(2025, 5, 16))]


def test_the_pair_joined_after_between_is_the_call_not_a_planned_talk_named_later(extract):
    facts = extract("Prime Minister Fumio Kishida of Japan and President Yoon Suk-yeol of South Korea are to talk by "
                    "telephone on Thursday. After Tuesday's launch, Kishida and U.S. President Joe Biden talked on the "
                    "phone that same day. "
                    "Coming right after the conversation between Kishida and Biden, the planned Kishida-Yoon talks "
                    "appear designed to show unity.", dt.date(2022, 10, 5))
    assert [c.participants for c in facts.calls] == [("fumio-kishida", "joe-biden")]


def test_a_first_call_still_to_come_since_taking_office_tells_no_earlier_call(extract):
    facts = extract("Prime Minister Sushila Karki is due to hold a telephone conversation on Thursday with Narendra Modi. "
                    "It will be Karki's first conversation with any foreign head of government since she took office "
                    "on September 12. No other foreign head of government will have spoken with Karki before this "
                    "call, the first since she assumed office.", dt.date(2025, 9, 17))
    assert facts.calls == ()


def test_a_call_that_two_others_held_beside_the_talk_between_a_pair_is_their_own(extract):
    facts = extract("Defense Secretary Lloyd Austin spoke by phone on Wednesday with General Wei Fenghe. A statement "
                    "said the talk between Mr. Austin and Gen. Wei Fenghe ran 45 minutes and followed up on a call that "
                    "President Biden and Chinese President Xi Jinping held not long ago.", dt.date(2022, 4, 21))
    assert sorted(c.participants for c in facts.calls) == [("joe-biden", "xi-jinping"), ("lloyd-austin", "wei-fenghe")]


def test_one_who_took_part_in_a_days_call_is_on_it(extract):
    facts = extract("President Joe Biden went over the newest package during a call with Volodymyr Zelenskyy, Ukraine's "
                    "president. Vice President Kamala Harris took part in Tuesday's call alongside the two leaders.",
                    dt.date(2022, 10, 5))
    assert [c.participants for c in facts.calls] == [("joe-biden", "kamala-harris", "volodymyr-zelenskyy")]


def test_the_calls_follow_a_conversation_the_president_had_with_x_the_previous_day(extract):
    facts = extract("On Sunday morning French President Emmanuel Macron spoke by phone with Vladimir Putin. The call "
                    "follows a conversation the French President had with Olaf Scholz the previous day.",
                    dt.date(2022, 2, 20))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("emmanuel-macron", "olaf-scholz"), dt.date(2022, 2, 19)),
        (("emmanuel-macron", "volodymyr-putin"), dt.date(2022, 2, 20))]


def test_the_conversation_with_a_and_the_one_with_b_pair_no_one(extract):
    facts = extract("External Affairs Minister S Jaishankar held separate phone calls with Antony Blinken and with "
                    "Sergey Lavrov. The conversation with Blinken ranged over several subjects; the one with Lavrov "
                    "centred on the summit.", dt.date(2022, 1, 5))
    assert sorted(c.participants for c in facts.calls) == [("antony-blinken", "subrahmanyam-jaishankar"),
                                                           ("sergei-lavrov", "subrahmanyam-jaishankar")]


def test_a_title_case_headline_tells_the_post_holder_phoned_his_counterparts_of_several_countries(extract):
    facts = extract("Sergei Shoigu, Russia's Minister of Defense, has held talks with his opposite numbers. He spoke by "
                    "phone with Ben Wallace, the UK's Defense Secretary, and, separately, with Lloyd Austin.",
                    dt.date(2022, 10, 24), title="Russia's Defense Minister Phones His US and UK Counterparts")
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("ben-wallace", "sergei-shoigu"), "sergei-shoigu"), (("lloyd-austin", "sergei-shoigu"), "sergei-shoigu")]


def test_one_whose_call_was_appreciated_by_handle_placed_it(extract):
    facts = extract("External Affairs Minister S. Jaishankar spoke by telephone with US Secretary of State Antony Blinken "
                    "on Thursday. He wrote that he appreciated the call from @SecBlinken and that they had gone over "
                    "developments in Ukraine.", dt.date(2022, 2, 25))
    assert [c.initiator for c in facts.calls] == ["antony-blinken"]


def test_the_last_of_a_long_list_of_calls_taken_from_each_placed_its_call(extract):
    facts = extract("On Tuesday, HM the King Mohammed VI had taken phone calls from Mahmoud Abbas, President of the State "
                    "of Palestine, from Ali Bongo Ondimba, President of the Republic of Gabon, and from Macky Sall, "
                    "President of the Republic of Senegal.", dt.date(2022, 12, 8))
    assert sorted(c.initiator for c in facts.calls) == ["ali-ondimba", "macky-sall", "mahmoud-abbas"]


def test_a_call_told_in_a_while_clause_beside_another_is_a_call_of_its_own(extract):
    facts = extract("Foreign Secretary David Lammy placed a call to his French counterpart, Jean-Noel Barrot, while "
                    "Defence Secretary John Healey phoned Rustem Umerov, Ukraine's defence minister, officials said.",
                    dt.date(2024, 9, 14))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("david-lammy", "jean-noel-barrot"), "david-lammy"), (("john-healey", "rustem-umerov"), "john-healey")]


def test_a_call_on_the_sidelines_of_a_dated_meeting_was_held_that_day(extract):
    facts = extract("On the sidelines of a Tuesday afternoon cabinet meeting, Defence Minister Richard Marles called "
                    "Japan's Defence Minister Minoru Kihara.", dt.date(2024, 10, 10))
    assert [(c.participants, c.date) for c in facts.calls] == [(("minoru-kihara", "richard-marles"), dt.date(2024, 10, 8))]


def test_the_country_that_initiated_the_call_in_a_cleft_sentence_names_its_participant(extract):
    facts = extract("On Monday, President Alar Karis of Estonia spoke by phone with Rishi Sunak, Prime Minister of the "
                    "United Kingdom. It was the United Kingdom that initiated the call.", dt.date(2023, 5, 9))
    assert [c.initiator for c in facts.calls] == ["rishi-sunak"]


def test_the_most_recent_call_a_leader_placed_is_the_call_told_not_an_earlier_one(extract):
    facts = extract("The main reason Prime Minister Narendra Modi placed his most recent phone call to Sheikh Hasina, "
                    "Bangladesh's prime minister, was to thank her, her office said on Tuesday. During the 20-minute phone "
                    "conversation on Monday evening, Modi praised the new rail link.", dt.date(2023, 11, 7))
    assert [(c.date, c.initiator, c.earlier) for c in facts.calls] == [(dt.date(2023, 11, 6), "narendra-modi", False)]


def test_callers_a_subject_counts_and_a_colon_lists_each_placed_their_call(extract):
    facts = extract("Three heads of state telephoned President Bola Tinubu today to congratulate him on his victory: "
                    "Ghana's President, H.E. Mr. Nana Akufo-Addo; Kenya's President, H.E. Mr. William Ruto; and the "
                    "President of Senegal, H.E. Mr. Macky Sall.", dt.date(2023, 3, 2))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("bola-tinubu", "macky-sall"), "macky-sall"), (("bola-tinubu", "nana-akufo-addo"), "nana-akufo-addo"),
        (("bola-tinubu", "william-ruto"), "william-ruto")]


def test_leaders_told_by_country_adjectives_after_speaking_by_phone_are_the_articles_holders(extract):
    facts = extract("Telephone talk with Lithuania's president\n\nSpeaking by phone on Tuesday, the Latvian and "
                    "Lithuanian presidents agreed to coordinate their air defence. President Egils Levits said the region "
                    "needed more NATO troops. Gitanas Nauseda, the President of Lithuania, agreed.", dt.date(2022, 6, 8))
    assert [(c.participants, c.date) for c in facts.calls] == [(("egils-levits", "gitanas-nauseda"), dt.date(2022, 6, 7))]


def test_the_call_a_pair_had_held_on_a_day_before_is_an_earlier_call_of_that_day(extract):
    facts = extract("Pedro Sanchez and Volodymyr Zelensky have spoken on the phone again, the Spanish government said. "
                    "This friendly conversation followed the phone call that Sanchez and Zelensky had held on "
                    "12 September, "
                    "it added.", dt.date(2023, 11, 20))
    assert sorted(c.date or dt.date.min for c in facts.calls) == [dt.date(2023, 9, 12), dt.date(2023, 11, 20)]


def test_a_call_told_in_a_why_clause_was_held(extract):
    facts = extract("Diplomats in Seoul are still trying to work out why Chinese Premier Li Qiang suddenly telephoned "
                    "President Yoon Suk Yeol.", dt.date(2024, 2, 2))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("li-qiang", "yoon-yeol"), "li-qiang")]


def test_a_separate_call_joined_by_one_official_is_not_the_call_told_before(extract):
    facts = extract("NATO Secretary General Mark Rutte joined a call with Donald Trump on Sunday. Also on the line were "
                    "Ukraine's President Volodymyr Zelensky and Poland's President Karol Nawrocki. After that, Rutte "
                    "joined a separate call with a number of European leaders. Taking part were Emmanuel Macron, "
                    "Friedrich Merz and Keir Starmer.", dt.date(2025, 9, 1))
    assert sorted(c.participants for c in facts.calls) == [
        ("donald-trump", "karol-nawrocki", "mark-rutte", "volodymyr-zelenskyy"),
        ("emmanuel-macron", "friedrich-merz", "keir-starmer", "mark-rutte")]


def test_the_ordinal_of_a_hubs_call_counts_the_calls_with_the_one_named_before_it(extract):
    facts = extract("Chancellor Olaf Scholz also rang Italian Prime Minister Giorgia Meloni, his third conversation with "
                    "her about the crisis this week, and spoke for the second time in a week with Dutch Prime Minister "
                    "Mark Rutte.", dt.date(2023, 10, 14))
    assert all(len(c.participants) == 2 for c in facts.calls)
    assert ("giorgia-meloni", "mark-rutte", "olaf-scholz") not in {c.participants for c in facts.calls}


def test_leaders_listed_after_a_round_of_calls_from_several_nations_each_called_the_host(extract):
    facts = extract("President Cyril Ramaphosa took telephone calls yesterday from the leaders of several friendly "
                    "nations, who conveyed their condolences over the floods.\n\nAmong those who offered their condolences "
                    "were Kenya's President, William Ruto; Nigeria's President, Bola Tinubu; and Ghana's President, "
                    "Nana Akufo-Addo.", dt.date(2024, 5, 3))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("bola-tinubu", "cyril-ramaphosa"), "bola-tinubu"), (("cyril-ramaphosa", "nana-akufo-addo"), "nana-akufo-addo"),
        (("cyril-ramaphosa", "william-ruto"), "william-ruto")]


def test_calls_that_reached_a_post_from_leaders_are_the_post_holders_each_placed_by_a_leader(extract):
    facts = extract("Sultan Haitham bin Tarik of Oman took a telephone call from the Emir of Qatar, Sheikh Tamim bin Hamad "
                    "Al Thani, who wished him a happy Eid.\n\nFurther congratulatory calls reached the Sultan from Arab "
                    "leaders, among them King Hamad bin Isa Al Khalifa of Bahrain and King Abdullah II of Jordan.\n\n"
                    "Among the others were Egypt's President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas.",
                    dt.date(2023, 4, 22))
    calls = {c.participants: c.initiator for c in facts.calls}
    assert len(calls) == 5 and all("haitham-tarik" in p and i != "haitham-tarik" for p, i in calls.items())


def test_a_conversation_the_calls_are_set_before_is_not_one_of_them(extract):
    facts = extract("Volodymyr Zelenskyy, Ukraine's president, spoke with Charles Michel, the President of the European "
                    "Council. Before his conversation with Michel, the Ukrainian President had held phone calls with "
                    "Boris Johnson, the UK Prime Minister, and Petr Fiala, the Prime Minister of the Czech Republic.",
                    dt.date(2022, 3, 13))
    assert sorted(c.participants for c in facts.calls) == [
        ("boris-johnson", "volodymyr-zelenskyy"), ("charles-michel", "volodymyr-zelenskyy"),
        ("petr-fiala", "volodymyr-zelenskyy")]


def test_a_name_with_two_letters_swapped_is_the_office_holder_so_named(extract):
    facts = extract("Volodymyr Zelenksyy, Ukraine's president, spoke by phone with Boris Johnson, the UK Prime "
                    "Minister, on Saturday.", dt.date(2022, 3, 13))
    assert [c.participants for c in facts.calls] == [("boris-johnson", "volodymyr-zelenskyy")]


def test_the_heads_of_defence_of_two_countries_are_the_articles_defence_ministers_of_them(extract):
    facts = extract("On Tuesday the heads of defence of the United States and Russia talked by telephone. It was the "
                    "first such exchange between Lloyd Austin, the US Defense Secretary, and Andrei Belousov, Russia's "
                    "Defense Minister.", dt.date(2024, 6, 26))
    assert [(c.participants, c.date) for c in facts.calls] == [(("andrei-belousov", "lloyd-austin"), dt.date(2024, 6, 25))]


def test_the_leaders_who_held_their_conversation_are_the_pair_told_before(extract):
    facts = extract("President Joe Biden told Prime Minister Benjamin Netanyahu that Washington is working to secure "
                    "water for civilians. The leaders held their telephone conversation at a moment when Israel looked "
                    "ready to launch a ground assault.", dt.date(2023, 10, 14))
    assert [c.participants for c in facts.calls] == [("benjamin-netanyahu", "joe-biden")]


def test_calls_made_by_a_post_holder_to_several_are_the_holders_each(extract):
    facts = extract("Prime Minister Anthony Albanese made telephone calls on Wednesday. Telephone calls were also made by "
                    "the prime minister to former Prime Minister Julia Gillard and to Foreign Minister Penny Wong to wish "
                    "them a happy new year.", dt.date(2024, 1, 3))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("anthony-albanese", "julia-gillard"), "anthony-albanese"), (("anthony-albanese", "penny-wong"), "anthony-albanese")]


def test_reaching_an_official_in_a_report_of_phone_calls_is_a_call_the_subject_placed(extract):
    facts = extract("Prime Minister Narendra Modi made telephone calls to the country's leadership on Friday. The premier "
                    "reached President Droupadi Murmu, offering her his good wishes.", dt.date(2023, 11, 10))
    assert [(c.participants, c.initiator) for c in facts.calls] == [(("droupadi-murmu", "narendra-modi"), "narendra-modi")]


def test_a_call_in_which_something_was_floated_is_held_by_the_one_who_floated_it(extract):
    facts = extract("It was Australia's Minister for Defence, Richard Marles, who announced the support at the meeting. "
                    "He had already floated the possibility of the aid in a call with Rustem Umerov, his counterpart in "
                    "Ukraine.", dt.date(2024, 2, 15))
    assert [c.participants for c in facts.calls] == [("richard-marles", "rustem-umerov")]


def test_a_cable_that_reached_a_leader_is_no_call(extract):
    facts = extract("A cable reached President Sheikh Mohamed bin Zayed on Friday from Sultan Haitham bin Tarik of Oman. "
                    "Before that, on Thursday, the President had taken phone calls from several Arab leaders.",
                    dt.date(2023, 3, 31))
    assert not any("haitham-tarik" in c.participants for c in facts.calls)


def test_the_day_one_official_made_calls_is_the_day_of_each_of_his_calls_told_after(extract):
    facts = extract("On Wednesday Prime Minister Anthony Albanese made telephone calls to the country's leaders. The "
                    "premier reached Governor-General David Hurley, offering him his good wishes. The Prime Minister "
                    "also placed calls to General Angus Campbell, Chief of the Defence Force, and to Admiral David "
                    "Johnston, the Vice Chief.", dt.date(2023, 12, 21))
    assert {(c.participants, c.date, c.initiator) for c in facts.calls} == {
        (("anthony-albanese", "david-hurley"), dt.date(2023, 12, 20), "anthony-albanese"),
        (("angus-campbell", "anthony-albanese"), dt.date(2023, 12, 20), "anthony-albanese"),
        (("anthony-albanese", "david-johnston"), dt.date(2023, 12, 20), "anthony-albanese")}


def test_separate_calls_told_by_the_posts_of_the_other_sides_are_one_with_each(extract):
    facts = extract("In two separate phone conversations on Friday, Chinese President Xi Jinping told the president of "
                    "Brazil that Beijing backed talks, and told the prime minister of India that disputes could be "
                    "settled by diplomacy. In the conversation with Narendra Modi of India, Xi said trade must grow. "
                    "Luiz Inacio Lula da Silva, Brazil's president, thanked him.", dt.date(2025, 8, 9))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("luiz-silva", "xi-jinping"), dt.date(2025, 8, 8)), (("narendra-modi", "xi-jinping"), dt.date(2025, 8, 8))]


def test_a_call_told_before_its_pair_is_of_the_pair_told_next(extract):
    facts = extract("The leaders held their telephone conversation as Russian forces pressed on in the east. In a "
                    "statement on the call, the Elysee said Macron had voiced his backing. According to the Elysee, "
                    "President Emmanuel Macron went over with President Volodymyr Zelensky how the allies were "
                    "coordinating. On Saturday Macron also talked with Chancellor Olaf Scholz.", dt.date(2023, 10, 14))
    assert ("emmanuel-macron", "volodymyr-zelenskyy") in {c.participants for c in facts.calls}


def test_a_headline_naming_the_callee_in_full_tells_the_caller_of_that_call(extract):
    facts = extract("National Security Advisor Ajit Doval held a telephone conversation with US Secretary of State "
                    "Mike Pompeo late on Wednesday. On Thursday Doval also talked with John Bolton, the US national "
                    "security adviser, by phone.", dt.date(2019, 2, 28), title="Ajit Doval rings Mike Pompeo; US backs "
                    "India's strike, says report")
    assert {c.participants: c.initiator for c in facts.calls}[("ajit-doval", "mike-pompeo")] == "ajit-doval"


def test_each_party_told_with_its_own_day_after_it_is_a_call_of_that_day(extract):
    facts = extract("President-elect Lee Jae-myung had conversations with U.S. President Donald Trump on Thursday, with "
                    "Shigeru Ishiba, Japan's prime minister, on Friday, and with Keir Starmer, the British prime "
                    "minister, on Monday.", dt.date(2025, 6, 11))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("donald-trump", "lee-jae-myung"), dt.date(2025, 6, 5)), (("keir-starmer", "lee-jae-myung"), dt.date(2025, 6, 9)),
        (("lee-jae-myung", "shigeru-ishiba"), dt.date(2025, 6, 6))]


def test_the_day_an_interview_was_aired_is_not_the_day_of_the_call_it_tells_of(extract):
    facts = extract("Colombia's president, Gustavo Petro, said in an interview aired this Thursday that he has held "
                    "just one conversation with his United States counterpart, Donald Trump. Trump, he said, called him "
                    "on Friday, 21 November, from the White House.", dt.date(2026, 1, 2))
    assert [(c.participants, c.date) for c in facts.calls] == [(("donald-trump", "gustavo-petro"), dt.date(2025, 11, 21))]


def test_a_call_taken_from_the_president_of_a_country_named_by_adjective_was_placed_by_him(extract):
    facts = extract("Algeria's president, Abdelmadjid Tebboune, spoke by telephone on Sunday with his Turkish "
                    "counterpart, Recep Tayyip Erdogan. According to the presidency, Tebboune took a phone call from the "
                    "president of the Turkish Republic.", dt.date(2020, 12, 20))
    assert [c.initiator for c in facts.calls] == ["recep-erdogan"]


def test_a_call_received_from_a_countrys_minister_named_after_his_post_was_his(extract):
    facts = extract("India's External Affairs Minister S Jaishankar spoke by telephone on Friday with Abdullah bin Zayed "
                    "Al Nahyan, his counterpart from the United Arab Emirates. In his post, Jaishankar said he was "
                    "grateful for the call he had received that day from the UAE's foreign minister, His Highness "
                    "Abdullah bin Zayed, and that they had discussed the accord that was announced the previous day.",
                    dt.date(2020, 8, 14))
    assert [(c.date, c.initiator) for c in facts.calls] == [(dt.date(2020, 8, 14), "abdullah-nahyan")]


def test_a_call_arranged_at_a_post_holders_request_was_placed_by_the_holder(extract):
    facts = extract("President Lee Jae-myung held his first telephone conversation with Anthony Albanese, the prime "
                    "minister of Australia. According to a spokesperson, the call was arranged at the prime minister's "
                    "request.", dt.date(2025, 6, 13))
    assert [c.initiator for c in facts.calls] == ["anthony-albanese"]


def test_the_one_who_set_up_the_conversation_in_a_cleft_sentence_placed_it(extract):
    facts = extract("Defence Minister Richard Marles spent an hour on the line with Dong Jun, China's defence minister. "
                    "It was Marles who set up the conversation, the most senior contact in a year.", dt.date(2024, 5, 3))
    assert [c.initiator for c in facts.calls] == ["richard-marles"]


def test_the_day_a_call_was_described_is_not_the_day_it_was_held(extract):
    facts = extract("On Thursday Foreign Minister Penny Wong and Wang Yi, China's foreign minister, talked by telephone. "
                    "On Friday Wong described her talk with Wang as a candid conversation. In another post she thanked "
                    "her hosts.", dt.date(2023, 3, 4))
    assert [(c.participants, c.date) for c in facts.calls] == [(("penny-wong", "wang-yi"), dt.date(2023, 3, 2))]


def test_talking_about_a_meeting_before_long_is_not_an_earlier_call(extract):
    facts = extract("On Tuesday Chancellor Olaf Scholz and President Emmanuel Macron spoke by phone. Scholz wrote "
                    "that they had talked about a summit before long.", dt.date(2023, 5, 11))
    assert [(c.participants, c.date) for c in facts.calls] == [(("emmanuel-macron", "olaf-scholz"), dt.date(2023, 5, 9))]


def test_a_minister_who_gave_a_telephone_call_to_another_placed_it(extract):
    facts = extract("Taro Kono, Minister for Foreign Affairs, gave a telephone call to Mr. Mohammad Javad Zarif, the "
                    "Minister of Foreign Affairs of Iran, on June 3 (Monday), 2019.", dt.date(2019, 6, 4))
    assert [(c.date, c.initiator) for c in facts.calls] == [(dt.date(2019, 6, 3), "taro-kono")]


def test_who_asked_for_the_call_goes_to_the_call_of_the_one_just_named(extract):
    facts = extract("On Sunday Defence Minister Sergei Shoigu talked with French Defence Minister Sebastien Lecornu. "
                    "Later that Sunday Shoigu also spoke by phone with Ben Wallace, the UK Defence Secretary. The British "
                    "ministry said Wallace had rejected the claims. It was the Russian side that asked for the call.",
                    dt.date(2022, 10, 23))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("ben-wallace", "sergei-shoigu"), "sergei-shoigu"), (("sebastien-lecornu", "sergei-shoigu"), None)]


def test_a_call_of_the_pair_a_dated_sentence_just_named_is_of_that_day(extract):
    facts = extract("On Tuesday outgoing President Mauricio Macri congratulated President-elect Alberto Fernandez and "
                    "promised an orderly handover. Macri and Fernandez talked by phone.", dt.date(2019, 10, 31))
    assert [(c.participants, c.date) for c in facts.calls] == [
        (("alberto-fernandez", "mauricio-macri"), dt.date(2019, 10, 29))]


def test_the_day_of_an_event_a_name_held_is_not_the_day_the_ministers_talked(extract):
    facts = extract("Venezuela's foreign minister, Yvan Gil, and Hugh Todd, his counterpart from Guyana, have talked by "
                    "telephone about the territory, especially in the wake of the overwhelming result of the consultative "
                    "referendum Venezuela held last Sunday, December 3. After their phone call this Wednesday, December 6, "
                    "the two diplomats said they had agreed to keep channels open.", dt.date(2023, 12, 7))
    assert [c.date for c in facts.calls] == [dt.date(2023, 12, 6)]


def test_whom_a_call_was_meant_to_ask_to_talk_with_another_are_not_on_it(extract):
    facts = extract("President Emmanuel Macron said he had phoned Russian President Vladimir Putin. Macron said the call "
                    "was also meant to ask Putin to talk with President Volodymyr Zelensky.", dt.date(2022, 2, 25))
    assert [c.participants for c in facts.calls] == [("emmanuel-macron", "volodymyr-putin")]


def test_an_official_who_serves_a_country_as_a_post_holds_it(extract):
    facts = extract("A statement said Fuad Hussein, Iraq's foreign minister, had a conversation with Ayman Safadi, who "
                    "serves Jordan as Deputy Prime Minister as well as Minister of Foreign Affairs.", dt.date(2024, 12, 1))
    assert [c.participants for c in facts.calls] == [("ayman-safadi", "fuad-hussein")]


def test_calls_in_which_a_minister_urged_something_are_his_with_each_minister_named_by_post(extract):
    facts = extract("Iraq's Foreign Minister Fuad Hussein on Sunday urged stepped-up regional work to keep Syria stable, "
                    "in telephone calls with the foreign ministers of Egypt and Turkiye. Hussein spoke by phone with Badr "
                    "Abdelatty, Egypt's Minister of Foreign Affairs. Hussein also spoke with Hakan Fidan, his Turkish "
                    "counterpart.", dt.date(2024, 12, 2))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("badr-abdelatty", "fuad-hussein"), dt.date(2024, 12, 1)), (("fuad-hussein", "hakan-fidan"), dt.date(2024, 12, 1))]


def test_counterparts_listed_after_a_colon_by_country_are_officials_of_those_countries(extract):
    facts = extract("Jordan's Foreign Minister Ayman Safadi also had calls with his counterparts: Joao Gomes Cravinho of "
                    "Portugal and Bogdan Aurescu of Romania.", dt.date(2023, 10, 27))
    assert sorted(c.participants for c in facts.calls) == [("ayman-safadi", "bogdan-aurescu"),
                                                          ("ayman-safadi", "joao-cravinho")]
    assert {o.key: o.country for o in facts.officials}["joao-cravinho"] == "PT"


def test_a_fathers_name_after_bin_that_the_tagger_left_out_is_part_of_the_name(extract):
    facts = extract("Jordan's Foreign Minister Ayman Safadi also had calls with his counterparts: Qatar's Sheikh Mohammed "
                    "bin Abdulrahman bin Jassim and Sameh Shoukry of Egypt.", dt.date(2023, 10, 27))
    assert "Mohammed bin Abdulrahman bin Jassim" in {o.name for o in facts.officials}


def test_the_envoys_who_took_up_a_matter_after_a_call_of_their_posts_held_it(extract):
    facts = extract("South Korea's and Japan's chief nuclear negotiators held phone talks on Friday, according to Seoul's "
                    "foreign ministry. Noh Kyu-duk, Seoul's special representative for peace and security affairs, took "
                    "up the matter with Takehiro Funakoshi, his Japanese counterpart. \"They agreed to continue "
                    "efforts,\" the ministry said. On Wednesday, Noh discussed the matter by phone with Sung Kim, his "
                    "U.S. counterpart.", dt.date(2022, 1, 7))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("noh-kyu-duk", "sung-kim"), dt.date(2022, 1, 5)), (("noh-kyu-duk", "takehiro-funakoshi"), dt.date(2022, 1, 7))]


def test_it_was_x_with_a_clause_between_who_asked_for_the_call(extract):
    facts = extract("President Yoon Suk Yeol spoke by telephone with Mark Rutte, the Secretary General of NATO. It was "
                    "Rutte, who took up his post at the start of this month, who asked for the call.", dt.date(2024, 10, 22))
    assert [c.initiator for c in facts.calls] == ["mark-rutte"]


def test_he_who_raised_a_matter_in_a_call_he_made_to_another_placed_it(extract):
    facts = extract("On Thursday, US Defense Secretary Lloyd Austin voiced grave concern about China's conduct. He raised "
                    "the matter on Thursday in a call he made to Defense Secretary Gilberto Teodoro.", dt.date(2023, 7, 8))
    assert [c.initiator for c in facts.calls] == ["lloyd-austin"]


def test_the_conversation_between_two_others_in_a_sentence_of_another_call_is_theirs_on_its_own_day(extract):
    facts = extract("Brazil's foreign minister, Mauro Vieira, spoke by telephone this Thursday with the United States "
                    "Secretary of State, Marco Rubio. President Luiz Inácio Lula da Silva was the first to reveal the "
                    "call. Rubio invited Vieira to join a delegation, as had been agreed in the call on Monday between "
                    "the PT leader and President Donald Trump. According to Itamaraty, the call took place today and "
                    "followed on from the conversation between Lula and Trump on Monday.", dt.date(2025, 10, 9))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("donald-trump", "luiz-silva"), dt.date(2025, 10, 6)), (("marco-rubio", "mauro-vieira"), dt.date(2025, 10, 9))]


def test_a_title_word_inside_a_full_name_is_no_name_of_that_person(extract):
    facts = extract("On Tuesday the Amir, Nawaf Al-Ahmad Al-Jaber Al-Sabah, took a telephone call from King Salman bin "
                    "Abdulaziz Al-Saud. He was guided by His Highness Crown Prince Mishal Al-Ahmad Al-Jaber Al-Sabah. A "
                    "second call reached the Amir from Mohammad bin Salman bin Abdulaziz Al-Saud, the Saudi Crown Prince.",
                    dt.date(2020, 12, 16))
    assert "mishal-sabah" not in {k for c in facts.calls for k in c.participants}


def test_speaking_for_the_nation_is_no_call(extract):
    facts = extract("Speaking for the nation, Nigerian President Muhammadu Buhari conveyed his gratitude to King Abdullah "
                    "II, President of the Hashemite Kingdom of Jordan, for the vehicles.", dt.date(2017, 9, 20))
    assert facts.calls == ()


def test_a_name_cut_at_its_middle_initial_is_the_full_name_told_elsewhere(extract):
    facts = extract("Adm. Kim Myung-soo, Chairman of South Korea's Joint Chiefs of Staff, talks with Gen. Charles Q. Brown "
                    "Jr., his US counterpart, from his Seoul office on Tuesday. (Photo: JCS of South Korea)\n\nThe call "
                    "between Adm. Kim Myung-soo, the JCS Chairman, and Gen. Charles Q. Brown Jr., his US counterpart, "
                    "came at a time of rising tension.", dt.date(2023, 12, 12))
    assert {k for c in facts.calls for k in c.participants} == {"charles-brown", "kim-myung-soo"}


def test_a_call_that_came_a_day_after_an_earlier_one_dated_by_what_was_told_in_it_is_the_next_day(extract):
    facts = extract("In a telephone conversation with President Ilham Aliyev, Secretary of State Antony Blinken voiced "
                    "concern about the checkpoint. Blinken, whose call with Aliyev came one day after he had spoken by "
                    "phone with Nikol Pashinyan, the Armenian prime minister, stressed the peace talks. On Saturday, "
                    "Blinken had told Pashinyan that diplomacy offers the sole route to peace.", dt.date(2023, 5, 1))
    assert sorted((c.participants, c.date) for c in facts.calls) == [
        (("antony-blinken", "ilham-aliyev"), dt.date(2023, 4, 30)), (("antony-blinken", "nikol-pashinyan"), dt.date(2023, 4, 29))]


def test_the_others_a_minister_phoned_that_day_were_called_by_him(extract):
    facts = extract("Sergei Shoigu, Russia's defense chief, phoned British Defense Secretary Ben Wallace and two other "
                    "defense ministers from NATO countries on Sunday. During the Sunday call, Shoigu warned that the war "
                    "could escalate. On Sunday he spoke with Wallace, with Hulusi Akar, "
                    "the Turkish defense minister, and with Sebastien Lecornu, the French defense minister.",
                    dt.date(2022, 10, 23))
    assert sorted((c.participants, c.initiator) for c in facts.calls) == [
        (("ben-wallace", "sergei-shoigu"), "sergei-shoigu"), (("hulusi-akar", "sergei-shoigu"), "sergei-shoigu"),
        (("sebastien-lecornu", "sergei-shoigu"), "sergei-shoigu")]


def test_he_after_a_post_and_name_that_did_something_is_that_official(extract):
    facts = extract("Russia's defense chief Sergei Shoigu phoned British Defense Secretary Ben Wallace on Sunday. On "
                    "Sunday he spoke with Hulusi Akar, the Turkish defense minister.", dt.date(2022, 10, 23))
    assert sorted(c.participants for c in facts.calls) == [("ben-wallace", "sergei-shoigu"), ("hulusi-akar", "sergei-shoigu")]


def test_his_conversations_with_two_leaders_are_one_of_his_with_each(extract):
    facts = extract("Prime Minister Rutte's statement after his conversations with Benjamin Netanyahu, Israel's Prime "
                    "Minister, and Mahmoud Abbas, the Palestinian President.", dt.date(2021, 5, 16))
    assert sorted(c.participants for c in facts.calls) == [("benjamin-netanyahu", "mark-rutte"), ("mahmoud-abbas", "mark-rutte")]


def test_conversations_of_an_unknown_owner_with_two_leaders_are_no_call_between_them(extract):
    facts = extract("The statement came after his conversations with Benjamin Netanyahu, Israel's Prime Minister, and "
                    "Mahmoud Abbas, the Palestinian President.", dt.date(2021, 5, 16))
    assert facts.calls == ()


def test_one_who_has_also_been_on_the_line_with_a_leader_held_a_call_of_his_own(extract):
    facts = extract("In the night to Thursday, the German chancellor Angela Merkel congratulated Mark Rutte by telephone. "
                    "Jean-Claude Juncker, president of the EU Commission, has also been on the line with Rutte.",
                    dt.date(2017, 3, 16))
    assert sorted(c.participants for c in facts.calls) == [("angela-merkel", "mark-rutte"), ("jean-claude-juncker", "mark-rutte")]


def test_the_day_a_span_began_since_is_not_the_day_of_a_call_in_it(extract):
    facts = extract("Since his swearing-in as US President on January 20, Donald Trump has spoken by phone with five "
                    "foreign leaders, Prime Minister Narendra Modi being the fifth.", dt.date(2017, 1, 25))
    assert [c.date for c in facts.calls] in ([None], [dt.date(2017, 1, 25)])  # undated, or the day of the news


def test_so_did_an_official_after_a_sentence_of_calls_with_a_leader_is_his_call_too(extract):
    facts = extract("The leaders of Brazil, Australia and Egypt also spoke with President Barack Obama on Thursday. So did "
                    "NATO Secretary-General Anders Fogh Rasmussen.", dt.date(2012, 11, 9))
    assert [(c.participants, c.date) for c in facts.calls] == [
        (("anders-rasmussen", "barack-obama"), dt.date(2012, 11, 8))]


def test_a_tweeted_call_to_a_handle_missing_a_letter_is_the_writers_call_with_him(extract):
    facts = extract("External Affairs Minister S Jaishankar met reporters. Hossein Amirabdollahian is Iran's newly "
                    "appointed foreign minister. In a tweet, Jaishankar wrote: \"Warm congratulatory call to Iranian FM "
                    "@Amirabdolahian. We agreed to strengthen bilateral cooperation.\"", dt.date(2021, 9, 2))
    assert [(c.participants, c.initiator) for c in facts.calls] == [
        (("hossein-amir-abdollahian", "subrahmanyam-jaishankar"), "subrahmanyam-jaishankar")]


def test_one_who_has_just_finished_speaking_with_another_spoke_that_day(extract):
    facts = extract("Prime Minister Mark Rutte said: I have just finished speaking with Prime Minister Benjamin Netanyahu.",
                    dt.date(2021, 5, 16))
    assert [(c.participants, c.date) for c in facts.calls] == [(("benjamin-netanyahu", "mark-rutte"), dt.date(2021, 5, 16))]


def test_the_first_confirmed_contact_since_a_month_tells_of_a_call_in_that_month(extract):
    facts = extract("On Friday Sergei Shoigu, Russia's Defense Minister, talked by phone with his U.S. counterpart Lloyd "
                    "Austin. The call is the first confirmed contact since May between the two men, and only the second "
                    "since Russia's invasion of Ukraine on Feb. 24.", dt.date(2022, 10, 22))
    assert sorted((c.date for c in facts.calls), key=str) == [dt.date(2022, 10, 21), None]
