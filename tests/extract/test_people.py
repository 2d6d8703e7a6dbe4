def names(facts):
    return {o.name for o in facts.officials}


def test_post_nominals_are_dropped(extract):
    facts = extract("Minister of Defense Minoru Kihara held a video teleconference with the Hon. Richard Marles MP, "
                    "Deputy Prime Minister and Minister for Defence of Australia, on Tuesday.")
    assert "Richard Marles" in names(facts)


def test_hyphenated_surname_is_kept_whole(extract):
    facts = extract("Dutch Defence Minister Ruben Brekelmans spoke by phone on Tuesday with Poland's Deputy Prime Minister "
                    "and Minister of National Defence Wladyslaw Kosiniak-Kamysz about the delivery of F-16 parts.")
    assert "Wladyslaw Kosiniak-Kamysz" in names(facts)


def test_third_name_part_the_ner_left_out(extract):
    facts = extract("Prime Minister Jonas Gahr Store said Norway would continue, and Foreign Minister Espen Barth Eide "
                    "will attend a meeting of Nordic foreign ministers in Helsinki next week.")
    assert "Espen Barth Eide" in names(facts)
