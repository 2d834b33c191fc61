#!/usr/bin/env python3
"""Build the blind held-out set heldout17 (synthetic call transcripts with rule truth).

Standard library only. Deterministic (every generator is seeded from a SHA-256 of a string).

    python3 tests/data/rules/build_heldout17.py          # write heldout17.jsonl, validate, tables
    python3 tests/data/rules/build_heldout17.py --check  # rebuild in memory, compare bytes
"""

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = "heldout17-20261704"
OUT = Path(__file__).with_name("heldout17.jsonl")
SPLIT = "heldout17"

KEYS = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
CATS = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
        "address_change", "payment", "fraud"]
INB = KEYS[:11]
OUTB = KEYS[11:16]
GEN = KEYS[16:]

# ---------------------------------------------------------------------------------------------
# English wordings (all written for this set)
# ---------------------------------------------------------------------------------------------
# inbound scenarios: (key, categories, problem line, restatement, resolution, decoy tag or "")
EN_IN = [
    ("mortgage_overpay", ["billing"],
     "I paid an extra two thousand off the mortgage in March and my statement still shows the "
     "old balance.",
     "So the lump sum you sent in March hasn't come off the mortgage balance yet.",
     "I've found it sitting in a suspense account; I'm moving it onto the mortgage now and the "
     "new balance will show by Thursday.", ""),
    ("joint_divorce", ["cancellation"],
     "My divorce came through and I want the joint account with my ex closed.",
     "Right, you're separated now and you'd like the shared account shut down.",
     "I'm sending a closure form to both of you; once you both sign it the account closes and "
     "the balance is split as you ask.", ""),
    ("poa_dementia", [],
     "My dad has dementia now and I've got power of attorney, how do I use it with his account?",
     "So you hold a lasting power of attorney for your father and want to act on his account.",
     "Bring the registered document to any branch or post a certified copy; once it's logged "
     "you'll get your own card for his account within ten days.", ""),
    ("gambling_block", [],
     "I want a block on my debit card so it won't work on betting sites.",
     "You'd like the card to refuse any gambling payments.",
     "I've switched the gambling block on right now; it stays on for at least forty-eight hours "
     "even if you ask to lift it.", ""),
    ("travel_currency", ["refund"],
     "I topped up my travel money card in dollars instead of euros and I want that money back.",
     "So the top-up went on in the wrong currency and you'd like it returned.",
     "I've reversed the dollar top-up; the full amount lands back in your current account within "
     "three working days.", ""),
    ("cheque_bounce", ["billing"],
     "The cheque I paid in on the app bounced and now there's a fifteen pound charge on my "
     "statement.",
     "The mobile cheque deposit came back unpaid and you've been charged a returned-item fee.",
     "The cheque was refused by the payer's bank, but I've taken the fifteen pound fee off as a "
     "goodwill gesture; it shows tomorrow.", ""),
    ("landlord_so", ["payment"],
     "My standing order to the landlord stopped and I need to pay this month's rent today.",
     "The rent standing order didn't go and you need to get this month's rent paid today.",
     "I've sent the rent now as a same-day transfer and set the standing order up again from "
     "next month.", ""),
    ("atm_kept_card", [],
     "The cash machine outside the library kept my card and didn't give it back.",
     "So the machine held on to your card at the library.",
     "Machines destroy retained cards, so I've ordered a new one with the same PIN; it arrives "
     "in four to six working days.", "atm_retained_card_not_lost"),
    ("crypto_hold", [],
     "My transfer to a crypto exchange is stuck, it says held for checks.",
     "So the payment to the exchange is on hold while we check it.",
     "I've gone through the checks with you, so I'm releasing it now; it reaches the exchange "
     "within two hours.", ""),
    ("bond_matured", [],
     "My fixed-term bond matured yesterday and I don't know where the money went.",
     "Your bond reached the end of its term and you can't see where the funds are.",
     "It rolled into an easy access saver; I can move it to your current account now, it'll be "
     "there in a few minutes.", ""),
    ("bereavement", ["cancellation"],
     "My husband passed away last month and I need to close his account.",
     "So you'd like to close your late husband's account.",
     "I'll open a bereavement case today; send the death certificate in the prepaid envelope "
     "and we close the account and pay the balance to the estate.", ""),
    ("trader_payouts", ["complaint"],
     "I want to make a complaint, my card reader payouts from the market stall are three days "
     "late again.",
     "The takings from your card reader keep arriving days late and you want it raised as a "
     "complaint.",
     "I've logged a formal complaint and asked the merchant team to move your payouts to next "
     "day; they'll ring you by Friday.", ""),
    ("contactless_limit", [],
     "What's the most I can pay by tapping my card?",
     "You'd like to know the contactless limit on your card.",
     "The limit is one hundred pounds a tap, and you can lower it yourself in the app under "
     "card controls.", ""),
    ("student_visa", [],
     "My account's frozen and the letter says you need my visa papers.",
     "So your account is frozen until we see your visa documents.",
     "Upload the visa and your university letter in the app under documents; the freeze lifts "
     "within one working day of that.", ""),
    ("loan_holiday", [],
     "Can I get a payment holiday on my personal loan, my hours have been cut?",
     "Your hours were reduced and you want a break from the loan repayments.",
     "I've set up a two-month payment holiday; the next repayment comes out in June and the "
     "term moves on by two months.", ""),
    ("parking_twice", ["refund"],
     "I paid a parking fine twice by mistake and I want one of them back.",
     "The same parking fine came out twice and you'd like the second one returned.",
     "I've raised a recall on the second payment; if the council agrees, the money is back in "
     "five to ten days.", ""),
    ("stolen_match", ["card_lost"],
     "Someone nicked my wallet at the football and my card was in it.",
     "So your wallet with the card inside was stolen at the match.",
     "I've stopped that card and ordered a replacement; it comes in three days and you can use "
     "the virtual card in the app right now.", ""),
    ("lost_boat", ["card_lost"],
     "I've lost my bank card overboard off the boat.",
     "So the card went into the water and it's gone.",
     "I've cancelled it and a new card is on its way to your home address within five days.",
     ""),
    ("taxi_card", ["card_lost"],
     "I think I left my card in the back of a taxi last night.",
     "So the card's missing after your taxi ride last night.",
     "I've frozen it for now; if it isn't back by Friday, ring us and we'll cancel it and send "
     "a new one.", "resolution_conditional"),
    ("app_crash", ["outage"],
     "Your app crashes the second I log in since the update.",
     "The app closes as soon as you sign in, ever since the latest update.",
     "There's a fix going out tonight; until then, delete and reinstall the app and it will "
     "load the older version.", ""),
    ("statements_blank", ["outage"],
     "The statements page on your website just shows a blank screen.",
     "So the website won't display your statements.",
     "I'm posting the last six statements to you today, and our web team is fixing the page "
     "this week.", ""),
    ("gas_bill_fail", ["outage", "payment"],
     "I'm trying to pay my gas bill online and your site keeps saying service unavailable.",
     "You want to pay the gas bill and the online banking keeps failing.",
     "I can take the payment for you over the phone now; it'll reach the gas company today.",
     ""),
    ("new_flat", ["address_change"],
     "I've moved into a new flat and I need to change my address.",
     "So you've moved and want your address updated.",
     "I've put the new address on your accounts now; a confirmation letter goes to the new flat "
     "this week.", ""),
    ("vicarage_move", ["address_change"],
     "We're moving from the old vicarage to the new one, so please update my address.",
     "You're moving house and need us to record the new address.",
     "Done, the new address is on file from today and your next card will go there.", ""),
    ("streaming_abroad", ["fraud", "refund"],
     "There are payments to some foreign streaming service I've never used and I want my money "
     "back.",
     "So there are charges from a streaming firm abroad you don't recognise and you want them "
     "refunded.",
     "I've blocked the card, raised a fraud claim and credited the three payments back to you "
     "while we investigate.", ""),
    ("shop_not_me", ["fraud"],
     "There's a payment to an online shop on my account that I definitely didn't make.",
     "A purchase from an online shop appeared that wasn't you.",
     "I've cancelled the card, a new one is coming, and the fraud team will email you a case "
     "number within the hour.", ""),
    ("fee_doubled", ["billing", "complaint"],
     "My monthly account fee has doubled and I want to complain about it.",
     "The monthly fee went up twice over and you want to make a complaint.",
     "I've logged the complaint, and I can move you to the free account today so the fee stops "
     "from next month.", ""),
    ("overdraft_interest", ["billing"],
     "Why is there an overdraft interest charge on my statement, I thought I was in credit?",
     "So there's an interest charge you weren't expecting on this statement.",
     "You went overdrawn for two days on the fourth; the charge is correct, and I've turned on "
     "low balance alerts so it won't catch you out.", ""),
    ("cancel_credit", ["cancellation"],
     "I've lost my job and I want to cancel my credit card.",
     "You'd like the credit card closed now.",
     "The balance is zero so I've closed it today; cut the card up and you'll get a letter "
     "confirming it.", ""),
    ("payoff_card", ["payment"],
     "I want to pay off my credit card balance in full today.",
     "So you'd like to clear the whole credit card balance now.",
     "I've taken the full balance from your current account; it shows as paid within the hour.",
     ""),
    ("council_tax", ["payment"],
     "Can I pay my council tax instalment through you right now?",
     "You want to make this month's council tax payment now.",
     "I've sent the instalment to the council with your reference; it arrives today.", ""),
    ("branch_complaint", ["complaint"],
     "I want to complain about your branch, they closed early and turned me away.",
     "So the branch shut before its hours and you want that raised as a complaint.",
     "I've raised a formal complaint to the branch manager; you'll get a written reply within "
     "five working days.", ""),
    ("gym_dd_twice", ["refund"],
     "My gym direct debit came out twice this month and I want one back.",
     "The gym payment went out twice and you'd like the extra one returned.",
     "I've claimed it back under the direct debit guarantee; the money is in your account "
     "tomorrow.", ""),
    ("first_card", [],
     "It's my first account and my card still hasn't come.",
     "Your first debit card hasn't arrived yet.",
     "It was posted on Monday; if it's not there by Saturday, I'll send another, and you can use "
     "the virtual card in the app now.", ""),
    ("chef_supplier", ["payment"],
     "I need to pay my fish supplier two hundred quid now or he won't deliver.",
     "You need a payment to the supplier sent right away.",
     "I've sent it as a faster payment; he'll see it within two minutes.", ""),
    ("dd_phone_cancel", ["cancellation"],
     "Can you cancel the direct debit to my old phone company?",
     "You'd like the direct debit to your old phone provider stopped.",
     "I've cancelled that direct debit now, so nothing more will go to them.",
     "direct_debit_cancel_counts"),
    ("mums_bill", ["payment"],
     "I want to pay my mum's water bill for her from my account.",
     "So you're paying your mother's water bill out of your own account.",
     "I've set it up and sent it now with her customer number as the reference.",
     "someone_elses_bill"),
    ("outage_news", [],
     "I saw on the news your app was down yesterday; mine worked fine, I just want to check my "
     "wages went in.",
     "You heard about yesterday's app problem, it didn't hit you, and you want to check your "
     "salary's arrived.",
     "Your wages arrived at six this morning, the full amount.", "outage_heard_not_affected"),
    ("ask_pay_poland", [],
     "I'm not doing it yet, but how would I send money to a builder in Poland later this year?",
     "So you're asking how an overseas payment to Poland would work, for later.",
     "You'd add him as a new international payee in the app with his IBAN; it takes one to two "
     "days.", "payment_asked_not_made"),
    ("shop_rude", [],
     "The shop assistant at the garden centre was so rude about my card, I'm not blaming you, I "
     "just want to know if the card is fine.",
     "So the shop's staff were unpleasant and you want to check the card itself works.",
     "The card's working, it was their terminal; nothing was declined on our side.",
     "complaint_about_shop"),
]

# outbound: (key, categories, purpose, customer reply, agent next step, decoy)
EN_OUT = [
    ("fraud_jeweller", ["fraud"],
     "I'm calling about a payment of nine hundred pounds at a jeweller in Dubai on your card.",
     "Dubai? No, that's not me at all.",
     "I've stopped the card and a new one will reach you in three days."),
    ("missed_loan", ["payment"],
     "I'm ringing because this month's loan repayment didn't go through.",
     "Oh no, can I just pay it now over the phone?",
     "Yes, I've taken the repayment now, so the account is up to date."),
    ("returned_post", ["address_change"],
     "I'm calling because our letters to you have been coming back undelivered.",
     "Ah, I moved in May, I need to give you my new address.",
     "I've put the new address on file, and your post will go there from today."),
    ("package_fee", ["billing", "cancellation"],
     "I'm phoning to let you know the fee on your packaged account is going up to twenty pounds.",
     "Twenty a month? Then I want to cancel the package.",
     "I've switched you to the free account from next month, so no fee at all."),
    ("fee_refund", ["refund"],
     "I'm calling because we charged you an unpaid item fee by mistake.",
     "Right, so I'll get that money back then?",
     "Yes, the twelve pounds goes back into your account today."),
    ("app_followup", ["complaint", "outage"],
     "I'm calling back about your complaint that the app kept freezing.",
     "It still freezes every time, and I'm still not happy about it.",
     "I've escalated it to the app team and a specialist will call you by Wednesday."),
    ("replacement_card", ["card_lost"],
     "I'm calling about the replacement card for the one you reported missing.",
     "Yes, the old one was stolen from my van.",
     "The new card is posted today and the stolen one is fully blocked."),
    ("bond_options", [],
     "I'm ringing because your two-year bond ends next week and I'd like to go through the "
     "options.",
     "Oh, I'd forgotten about that, what are the choices?",
     "I've noted that you want the one-year rate; I'll post the form today."),
    ("gambling_confirm", [],
     "I'm calling to confirm the gambling block you asked for is now active.",
     "Good, that's what I wanted.",
     "It's on, and it stays on for at least forty-eight hours after any request to lift it."),
    ("visa_docs", [],
     "I'm calling about your visa documents, we need them to keep your account open.",
     "I sent them last week, didn't you get them?",
     "I'll check with the documents team and text you the result by tomorrow."),
    ("complaint_followup", ["complaint"],
     "I'm ringing about the complaint you made about our branch staff.",
     "Yes, and I want it taken further, nobody has got back to me.",
     "I've escalated it to the regional manager, who will write to you within a week."),
    ("payout_delay", [],
     "I'm calling about the delay on your card reader payouts last week.",
     "Okay, are they sorted now?",
     "Yes, they're all paid and future ones will arrive the next working day."),
]

EN_AGENTS = [  # (full name, style)
    ("Kwame Addo", "fast"), ("Imogen Tully", "fast"),
    ("Ottilie Brandt", "name_user"), ("Declan Furey", "name_user"),
    ("Henrike Laws", "stiff"), ("Tobias Greenhalgh", "stiff"),
    ("Fergus Mallory", "joker"), ("Rafferty Cole", "joker"),
    ("Anjali Rao", "numbered"), ("Marisol Vega", "numbered"),
    ("Saoirse Quinn", "security"), ("Leopold Hart", "security"),
]
EN_SECOND = ["Bethan", "Yusuf", "Cormac"]

EN_SPEAKERS = [  # (key, customer name, problem prefix, speed factor)
    ("glasgow_fisher", "Mr Docherty", "Aye, I'm just in off the boat, so excuse the wind.", 1.0),
    ("stairwell_student", "Kayla", "I'm in a stairwell, the signal's rubbish, can you hear me?",
     0.95),
    ("widow", "Mrs Pennington", "My husband always did all this, so bear with me, dear.", 1.2),
    ("chef", "Marco", "I've got two minutes, the pass is full of plates.", 0.85),
    ("taxi", "Mr Osei", "I'm between fares so I'll be quick.", 0.9),
    ("vicar", "Reverend Hale", "It's the vicarage calling, I hope this is the right number.",
     1.1),
    ("polish_builder", "Mr Nowicki", "My English is not so perfect, I try explain.", 1.1),
    ("teen", "Jaden", "Um, so, my mum said to ring you.", 1.0),
]

EN = {
    "co": "Acme Bank", "co_short": "Acme",
    "open": {
        "fast": [("greet", "Hiya,"), ("company", "Acme Bank,"), ("name", "{n} here,"),
                 ("offer", "how can I help?")],
        "name_user": [("greet", "Good morning,"), ("company", "you've reached Acme Bank,"),
                      ("name", "my name's {n},"), ("offer", "what can I do for you today?")],
        "stiff": [("greet", "Good afternoon."), ("company", "Thank you for calling Acme Bank."),
                  ("name", "My name is {n}."), ("offer", "How may I assist you today?")],
        "joker": [("greet", "Hello hello,"), ("company", "Acme Bank, home of the longest hold "
                                                        "music,"),
                  ("name", "I'm {n},"), ("offer", "how can I help you?")],
        "numbered": [("greet", "Hello,"), ("company", "Acme Bank customer care,"),
                     ("name", "you're speaking to {n},"), ("offer", "what can I help with?")],
        "security": [("greet", "Good evening,"), ("company", "Acme Bank,"),
                     ("name", "{n} speaking,"), ("offer", "how can I help tonight?")],
    },
    "no_greet_company": "Acme Bank cards desk,",
    "late_name": "I'm {n}, by the way, I'll be looking after you.",
    "late_offer": "Right, now that's all checked, how can I help today?",
    "late_company": "You're through to the Acme Bank team, just so you know.",
    "cust_first": ["Hello? Is anyone there?", "Oh, hi, is this the bank?"],
    "quick_q": [
        ("Quick one first, is the Bridge Street branch open on Saturday?",
         "Yes, Bridge Street opens nine till one on Saturdays."),
        ("Before anything, what's your sort code for the High Street branch?",
         "That's forty, twelve, eighty on the statement header."),
        ("Can I pay cash in at the post office, quickly?",
         "Yes, any post office counter takes cash with your card."),
    ],
    "after_quick": "Sorry,",
    "bare_ack": ["Okay.", "Right, okay.", "Mm, okay."],
    "echo": ["Your account?", "The card?"],
    "resume": ["Yes, that's right.", "Exactly, yes.", "That's it."],
    "no_resolution": ["Let me just look at that... hmm, I'm not sure, to be honest.",
                      "Hmm, I can see the account. Right. Well, it is what it is."],
    "cust_unsure": ["Oh. Right, okay then.", "So... nothing, then?"],
    "wait_phrase": "Bear with me while I pull that up.",
    "anyelse": ["Is there anything else I can help with today?", "Anything else on your mind?",
                "Can I do any other thing for you?"],
    "anyelse_neg": "Nothing else I can do for you today, is there?",
    "cust_no_more": ["No, that's everything.", "No, that's all, cheers.", "Nope, all good."],
    "cust_ok": ["Okay, that's fine.", "Great, that works.", "Right, lovely."],
    "thanks": ["Thanks for calling, {c}.", "Thank you for ringing Acme today.",
               "Thanks so much for your patience."],
    "bye": ["Goodbye now.", "Take care, bye.", "Bye for now."],
    "wish": ["Enjoy your evening.", "Have a lovely weekend."],
    "thanks_bye_one": [("Thanks ever so much for calling,", "and goodbye.")],
    "bye_then_thanks": [("Bye now,", "oh, and thanks for calling."),
                        ("Have a good day,", "and thank you for ringing.")],
    "calm_follow": "I'll put a note on it so it's looked at first.",
    "verify": "Just a moment while I verify those details.",
    "cut_in_rest": "it's happened before.",
    "cust_huh": ["Is everything alright?", "Pardon?"],
    "card_cust": "It's {num}.",
    "code_cust": "It's {cvv}.",
    "close_no_thanks": ["Right then, all sorted. Take care now.", "That's you sorted. Bye now."],
    "close_no_bye": ["Thank you for calling Acme Bank.", "Thanks for your time today, {c}."],
    "cust_bye": ["Bye.", "Cheers, bye.", "Thanks, bye bye."],
    "hold_out": "Let me check with the team, one moment please.",
    "hold_back": [("thanks_mid", "Thank you for holding,"), ("greet2", "hello again,")],
    "hold_back_rest": "I have the answer now.",
    "handover_out": "I'm going to pass you to a colleague in the specialist team.",
    "handover_in": "Hi, {m} here from the specialist team, I've read the notes.",
    "cust_handover_ok": "Okay, thanks.",
    "empathy": ["Oh, that's rotten, I'm really sorry.", "I can hear how upsetting this has been.",
                "I completely understand why you're cross."],
    "empathy_q": "That must have been a shock?",
    "empathy_early": "I'm sorry you had a wait to get through.",
    "anger_problem": ["This is the third time I've rung and I'm fed up!",
                      "I'm absolutely furious, nobody at your bank listens!",
                      "It's a bloody disgrace, honestly!"],
    "anger_restate": ["I've just told you that! Why do I have to say it all again?",
                      "Yes, yes, that's what I said, this is ridiculous!"],
    "anger_late": ["Three days? That's useless, I needed it today!",
                   "That's not good enough, your bank is a shambles!"],
    "anger_out": ["Why are you only telling me now? This is outrageous!",
                  "I'm really annoyed you lot let this happen!"],
    "interrupt_calm": "Sorry, just to jump in,",
    "cust_cut_in": "Yes, and also",
    "card_ask": "Can you read me the long number on the front of the card?",
    "card_after_ask": "And the three digits on the back?",
    "card_check_full": "So that's {num}, lovely.",
    "card_check_code": "And the security code {cvv}, got it.",
    "card_last4": "Great, the card ending {last4}.",
    "card_first6": "That starts {first6}, so it's your debit card.",
    "card_expiry": "And the expiry is {exp}, fine.",
    "security_pairs": [
        ("Before we start, can I take your date of birth?", "The ninth of June, nineteen eighty."),
        ("And the first line of your address?", "Fourteen Mill Lane."),
        ("And the last amount you paid in?", "About sixty pounds, I think."),
    ],
    "fillers": [
        ("While I'm here, do you still use the email ending dot co dot uk?",
         "Yes, that one's still fine."),
        ("Would you like text alerts when your balance is low?", "Go on then, why not."),
        ("Is your mobile number still the one ending four seven?", "Yes, it is."),
        ("Do you want paper statements or just the online ones?", "Online is fine."),
        ("Are you registered for the app's fingerprint login?", "I think so, yes."),
        ("I'll also pop a note on the file, is that alright?", "Sure."),
        ("Did you get our letter about the new terms in April?", "I might have, I'm not sure."),
        ("Shall I send a summary of today to your email?", "Yes please."),
    ],
    "joke": ("Our computers are slower than a Monday morning, give it a second.", "Ha, fair."),
    "numbered_pre": "Step one,",
    "numbered_post": "Step two, you'll get a text when it's done.",
    "out_open": [("greet", "Hello,"), ("name", "this is {n}"), ("company", "calling from Acme "
                                                                         "Bank.")],
    "out_no_name": [("greet", "Hello,"), ("company", "I'm calling from Acme Bank.")],
    "out_no_company": [("greet", "Hello,"), ("name", "it's {n} from the customer team.")],
    "out_late_name": "Sorry, I didn't say, my name's {n}.",
    "out_late_company": "I should have said, I'm calling from Acme Bank.",
    "out_check": "Am I speaking with {c}?",
    "out_cust_yes": ["Speaking.", "Yes, who's this?", "That's me."],
    "record": "Before we go on, this call is recorded for training and quality,",
    "record_only": "Just so you know, this call is recorded.",
    "consent": "are you happy to carry on?",
    "consent_late": "Oh, and are you okay with us recording this?",
    "cust_consent": ["Yes, that's fine.", "Sure, go ahead."],
    "purpose_pre": "",
    "out_step_pre": "",
    "rude": [
        "As I've said three times now, the form is online.",
        "I'm not a mind reader, you'll have to tell me what you actually want.",
        "Fine, whatever you want.",
        "That's not my problem, to be honest.",
        "Oh how delightful, another customer who never opens our letters.",
        "I'd be simply thrilled to explain it a fourth time.",
        "Look, I haven't got all day.",
        "Do try to keep up.",
        "You can moan all you like, it won't change a thing.",
        "Honestly, it's not rocket science.",
    ],
    "blame": [
        "Well, you must have clicked the link.",
        "You never updated your number, so that's on you.",
        "If you'd read the letter, we wouldn't be here.",
        "You shouldn't have told anyone your code.",
        "You left it far too late, really.",
        "You must have typed it in wrong.",
        "That's because you ignored our texts.",
        "You should have checked the currency before pressing the button.",
        "You should have told us you were going away.",
        "It's your own fault for leaving it in the machine.",
    ],
    "polite": [
        ("polite_lookalike_blame", "That link looks real, it fools a lot of people."),
        ("polite_lookalike_blame", "Letters like ours are hard to follow, to be fair."),
        ("polite_lookalike_blame", "Those texts look genuine, anyone could be caught out."),
        ("polite_lookalike_rude", "As I mentioned, the form's online, I'll text you the link."),
        ("polite_lookalike_rude", "Whatever suits you best, we can do either."),
        ("polite_lookalike_rude", "That's not a problem at all."),
    ],
    "swear": [
        "Oh for shit's sake, the screen's frozen again.",
        "Bloody thing has logged me out.",
        "Damn it, wrong tab.",
        "This crap software, honestly.",
        "Christ, it's crashed.",
        "Piss, I've lost the page.",
        "Bugger, it's timed out.",
        "What the hell is this system doing.",
        "Arse, hang on, it's reloading.",
        "Sodding system.",
    ],
    "strict": [],
}

# ---------------------------------------------------------------------------------------------
# Vietnamese wordings ({x} = how the agent addresses the caller, {X} capitalised, {e} = self)
# ---------------------------------------------------------------------------------------------
VI_IN = [
    ("rent_wrong_acct", ["refund"],
     "Tôi chuyển tiền thuê nhà nhầm sang một số tài khoản khác, muốn lấy lại tiền.",
     "Dạ tức là tiền thuê nhà {x} chuyển đi bị sai số tài khoản và {x} muốn đòi lại.",
     "{E} đã lập yêu cầu tra soát gửi ngân hàng nhận; nếu người nhận đồng ý thì tiền về lại trong "
     "năm ngày làm việc.", ""),
    ("atm_swallow", [],
     "Cây ATM ở đầu chợ nuốt thẻ của tôi rồi, không nhả ra.",
     "Dạ vậy là máy ATM giữ thẻ của {x} lại không trả ra.",
     "Thẻ bị giữ sẽ được huỷ, {e} đã đặt thẻ mới giữ nguyên mã PIN, bảy ngày nữa {x} ra chi nhánh "
     "nhận.", "atm_retained_card_not_lost"),
    ("household_biz", [],
     "Tôi muốn mở tài khoản cho hộ kinh doanh của nhà mình.",
     "Dạ {x} cần mở một tài khoản đứng tên hộ kinh doanh.",
     "{X} mang giấy đăng ký hộ kinh doanh và căn cước ra chi nhánh, mở trong ba mươi phút là "
     "dùng được.", ""),
    ("ewallet_strange", ["fraud", "refund"],
     "Ví điện tử liên kết với tài khoản tôi bị trừ mấy khoản lạ, tôi không hề làm, trả lại tiền "
     "cho tôi.",
     "Dạ ví điện tử liên kết bị trừ những khoản {x} không thực hiện và {x} muốn được hoàn lại.",
     "{E} đã ngắt liên kết ví, khoá giao dịch online và lập hồ sơ tra soát; tiền sẽ được hoàn "
     "tạm trong bảy ngày.", ""),
    ("savings_rollover", [],
     "Sổ tiết kiệm của tôi đến hạn mà tự tái tục, tôi muốn rút ra.",
     "Dạ sổ đến hạn đã tự quay vòng kỳ mới mà {x} lại muốn rút tiền.",
     "Vì mới tái tục hôm qua nên {x} rút vẫn được hưởng lãi kỳ cũ; {x} ra quầy mang căn cước là "
     "xong ngay.", ""),
    ("remit_us", [],
     "Con tôi gửi kiều hối từ Mỹ về ba hôm rồi mà chưa thấy.",
     "Dạ khoản tiền người nhà gửi từ Mỹ về đã ba ngày mà chưa vào tài khoản.",
     "Tiền đang chờ đối chiếu tên người nhận; {e} đã bổ sung thông tin, chiều nay tiền sẽ vào.",
     ""),
    ("debt_wrong_person", ["complaint"],
     "Tôi muốn khiếu nại, có người gọi đòi nợ tôi hoài mà tôi đâu có vay.",
     "Dạ {x} bị gọi nhắc nợ cho một khoản không phải của {x} và muốn khiếu nại.",
     "{E} đã ghi nhận khiếu nại và gỡ số điện thoại của {x} khỏi hồ sơ đó; trong hai ngày sẽ "
     "không còn cuộc gọi nào.", ""),
    ("sms_fee_up", ["billing"],
     "Sao phí SMS banking tháng này tăng lên vậy?",
     "Dạ {x} thắc mắc vì phí tin nhắn biến động số dư tăng lên.",
     "Phí tăng theo biểu phí mới từ tháng này; {e} chuyển {x} sang nhận thông báo qua app miễn "
     "phí ngay bây giờ.", ""),
    ("chip_id", [],
     "Tôi mới làm căn cước gắn chip, giờ cập nhật với ngân hàng sao?",
     "Dạ {x} vừa đổi sang căn cước gắn chip và cần cập nhật hồ sơ.",
     "{X} vào app chọn cập nhật giấy tờ, quét chip căn cước là xong trong hai phút.", ""),
    ("qr_tuition", ["outage", "payment"],
     "Tôi đóng học phí cho con qua mã QR mà app cứ treo, tôi cần đóng gấp hôm nay.",
     "Dạ {x} cần đóng học phí hôm nay mà quét mã QR thì ứng dụng bị treo.",
     "{E} chuyển học phí cho {x} qua tổng đài ngay bây giờ, trường sẽ nhận trong ngày.", ""),
    ("counter_short", ["complaint", "refund"],
     "Tôi rút tiền ở quầy về đếm lại thiếu năm trăm nghìn, tôi muốn khiếu nại và lấy lại.",
     "Dạ {x} rút tại quầy mà bị thiếu năm trăm nghìn và muốn khiếu nại để nhận lại tiền.",
     "{E} đã lập khiếu nại, chi nhánh sẽ đối chiếu camera và quỹ cuối ngày; nếu đúng thiếu thì "
     "hoàn trong ba ngày.", ""),
    ("loan_insurance", ["cancellation", "refund"],
     "Bảo hiểm bán kèm khoản vay tôi muốn huỷ và lấy lại phí.",
     "Dạ {x} muốn huỷ hợp đồng bảo hiểm đi kèm khoản vay và xin hoàn phí.",
     "Vẫn còn trong hai mươi mốt ngày cân nhắc, {e} đã gửi yêu cầu huỷ, phí sẽ hoàn trong mười "
     "ngày.", ""),
    ("kid_prepaid", [],
     "Thẻ trả trước của con tôi bị khoá rồi.",
     "Dạ thẻ trả trước cho bé nhà {x} đang bị khoá.",
     "Thẻ bị khoá vì nhập sai mã ba lần, {e} đã mở lại, {x} đặt mã mới trong app là dùng được.",
     ""),
    ("phone_instalment", ["payment"],
     "Tôi muốn trả góp cái điện thoại mới mua qua thẻ tín dụng.",
     "Dạ {x} muốn chuyển giao dịch mua điện thoại sang trả góp bằng thẻ tín dụng.",
     "{E} đã chuyển sang trả góp sáu tháng, kỳ đầu trừ vào ngày sao kê tới.", ""),
    ("stolen_bus", ["card_lost"],
     "Tôi bị giật túi trên xe buýt, thẻ ngân hàng trong đó luôn.",
     "Dạ {x} bị giật mất túi và thẻ nằm trong túi đó.",
     "{E} đã khoá thẻ và làm thẻ mới, năm ngày nữa {x} nhận tại chi nhánh gần nhà.", ""),
    ("lost_market", ["card_lost"],
     "Tôi làm rớt thẻ ở đâu không biết, tìm hoài không thấy.",
     "Dạ {x} bị mất thẻ và không tìm lại được.",
     "{E} khoá thẻ cũ rồi, thẻ mới gửi về địa chỉ của {x} trong một tuần.", ""),
    ("lost_field", ["card_lost"],
     "Tôi đánh rơi thẻ ngoài ruộng, chắc mất luôn rồi.",
     "Dạ vậy thẻ của {x} rơi mất ngoài đồng rồi.",
     "{E} khoá thẻ ngay; nếu tới thứ sáu {x} không tìm thấy thì gọi lại, {e} làm thẻ mới liền.",
     "resolution_conditional"),
    ("app_down", ["outage"],
     "App ngân hàng mở lên là văng ra, không vào được.",
     "Dạ ứng dụng bị thoát ra ngay khi {x} mở lên.",
     "Bản cập nhật tối nay sẽ sửa lỗi này; trước mắt {x} xoá app cài lại là vào được.", ""),
    ("web_error", ["outage"],
     "Trang web ngân hàng báo lỗi suốt từ sáng, tôi không xem được sao kê.",
     "Dạ trang web bị lỗi nên {x} không xem được sao kê.",
     "Bộ phận kỹ thuật đang sửa, {e} gửi sao kê ba tháng qua email cho {x} ngay bây giờ.", ""),
    ("move_dalat", ["address_change"],
     "Tôi mới chuyển nhà, muốn đổi địa chỉ nhận thư.",
     "Dạ {x} chuyển chỗ ở và cần cập nhật địa chỉ mới.",
     "{E} đã cập nhật địa chỉ mới, thư từ tháng sau sẽ gửi về đó.", ""),
    ("shop_move", ["address_change"],
     "Quán tôi dời qua chỗ khác, sửa địa chỉ giùm tôi.",
     "Dạ cửa hàng của {x} đã dời và {x} muốn đổi địa chỉ trên hồ sơ.",
     "Xong rồi, địa chỉ mới đã lưu, thẻ gia hạn sẽ gửi về địa chỉ đó.", ""),
    ("strange_charge", ["fraud"],
     "Tài khoản tôi có giao dịch ở một trang mua sắm nước ngoài, tôi không biết gì hết.",
     "Dạ có giao dịch tại trang nước ngoài mà {x} không nhận ra.",
     "{E} đã khoá thẻ, lập hồ sơ gian lận và gửi mã hồ sơ qua tin nhắn cho {x}.", ""),
    ("annual_fee", ["billing", "complaint"],
     "Phí thường niên bị tính cao hơn năm ngoái, tôi muốn khiếu nại.",
     "Dạ {x} thấy phí thường niên tăng và muốn gửi khiếu nại.",
     "{E} đã ghi nhận khiếu nại và đề xuất miễn phí năm nay, kết quả báo qua tin nhắn trong ba "
     "ngày.", ""),
    ("statement_charge", ["billing"],
     "Sao kê tháng này có khoản phí quản lý tài khoản mà tôi không hiểu.",
     "Dạ {x} thấy trên sao kê có phí quản lý tài khoản chưa rõ.",
     "Phí này thu vì số dư dưới mức tối thiểu; {e} đã bật báo số dư thấp để tháng sau {x} không "
     "bị nữa.", ""),
    ("cancel_credit", ["cancellation"],
     "Tôi muốn huỷ thẻ tín dụng, không xài nữa.",
     "Dạ {x} muốn đóng thẻ tín dụng.",
     "Dư nợ bằng không nên {e} đã đóng thẻ hôm nay, {x} cắt huỷ thẻ là xong.", ""),
    ("close_account", ["cancellation"],
     "Tôi muốn đóng tài khoản phụ, giữ một cái thôi.",
     "Dạ {x} cần đóng bớt tài khoản phụ.",
     "{E} đã chuyển số dư sang tài khoản chính và đóng tài khoản phụ ngay.", ""),
    ("pay_card", ["payment"],
     "Tôi muốn trả hết dư nợ thẻ tín dụng hôm nay.",
     "Dạ {x} muốn thanh toán toàn bộ dư nợ thẻ ngay hôm nay.",
     "{E} đã trích từ tài khoản thanh toán, dư nợ về không trong vòng một giờ.", ""),
    ("pay_electric", ["payment"],
     "Tôi muốn đóng tiền điện tháng này qua ngân hàng luôn.",
     "Dạ {x} cần thanh toán hoá đơn tiền điện tháng này.",
     "{E} đã thanh toán cho điện lực rồi, biên nhận gửi qua tin nhắn.", ""),
    ("branch_complain", ["complaint"],
     "Tôi khiếu nại nhân viên chi nhánh, bắt tôi đợi hai tiếng rồi bảo về.",
     "Dạ {x} phải chờ lâu ở chi nhánh rồi bị từ chối phục vụ, {x} muốn khiếu nại.",
     "{E} đã chuyển khiếu nại lên giám đốc chi nhánh, {x} sẽ nhận phản hồi bằng văn bản trong năm "
     "ngày.", ""),
    ("double_fee", ["refund"],
     "Tôi bị trừ phí chuyển khoản hai lần, trả lại một lần cho tôi.",
     "Dạ phí chuyển khoản bị thu hai lần và {x} muốn lấy lại một lần.",
     "{E} đã hoàn khoản phí thu trùng, ngày mai {x} thấy tiền về.", ""),
    ("autodebit_cancel", ["cancellation"],
     "Huỷ giùm tôi cái lệnh tự động trích tiền cho nhà mạng cũ.",
     "Dạ {x} muốn dừng lệnh trích nợ tự động cho nhà mạng cũ.",
     "{E} đã huỷ lệnh trích tự động, từ kỳ sau không trừ nữa.", "direct_debit_cancel_counts"),
    ("neighbor_bill", ["payment"],
     "Tôi muốn đóng tiền nước giùm bà hàng xóm từ tài khoản của tôi.",
     "Dạ {x} muốn trả hoá đơn nước của người hàng xóm bằng tài khoản mình.",
     "{E} đã thanh toán theo mã khách hàng của bà, biên nhận gửi {x} qua tin nhắn.",
     "someone_elses_bill"),
    ("outage_heard", [],
     "Nghe nói hôm qua app bị sập, của tôi vẫn chạy, tôi chỉ hỏi lương về chưa.",
     "Dạ {x} nghe tin app gặp sự cố nhưng máy {x} không bị, {x} muốn kiểm tra lương.",
     "Lương đã về lúc bảy giờ sáng nay, đủ số tiền.", "outage_heard_not_affected"),
    ("ask_transfer", [],
     "Tôi chưa chuyển đâu, chỉ hỏi sau này chuyển tiền qua Hàn Quốc thì làm sao.",
     "Dạ {x} hỏi trước cách chuyển tiền sang Hàn Quốc, chưa cần chuyển.",
     "{X} thêm người nhận quốc tế trong app với số tài khoản và mã ngân hàng bên đó, một tới hai "
     "ngày là tới.", "payment_asked_not_made"),
    ("shop_staff", [],
     "Nhân viên cửa hàng điện máy nói chuyện khó nghe lắm, không phải lỗi ngân hàng, tôi chỉ hỏi "
     "thẻ có sao không.",
     "Dạ {x} gặp nhân viên cửa hàng khó chịu và muốn kiểm tra thẻ còn dùng bình thường không.",
     "Thẻ của {x} vẫn bình thường, lỗi do máy quẹt của cửa hàng, bên {e} không từ chối giao dịch "
     "nào.", "complaint_about_shop"),
    ("homestay_pos", ["complaint"],
     "Tiền máy quẹt thẻ của homestay về trễ cả tuần, tôi muốn khiếu nại.",
     "Dạ tiền thanh toán qua máy quẹt của {x} về chậm cả tuần và {x} muốn khiếu nại.",
     "{E} đã lập khiếu nại và chuyển {x} sang nhận tiền ngày hôm sau, bộ phận đơn vị chấp nhận "
     "thẻ gọi lại trước thứ sáu.", ""),
]

VI_OUT = [
    ("fraud_gold", ["fraud"],
     "{E} gọi về giao dịch chín triệu tại một tiệm vàng ở Bình Dương bằng thẻ của {x}.",
     "Bình Dương hả? Không phải tôi đâu.",
     "{E} đã khoá thẻ, thẻ mới sẽ gửi tới {x} trong ba ngày."),
    ("missed_loan", ["payment"],
     "{E} gọi vì kỳ trả góp khoản vay tháng này chưa trích được.",
     "Vậy để tôi trả luôn bây giờ được không?",
     "Dạ {e} đã trích tiền trả kỳ này, khoản vay đã đúng hạn."),
    ("returned_mail", ["address_change"],
     "{E} gọi vì thư bên {e} gửi cho {x} bị trả về.",
     "À tôi chuyển nhà rồi, để tôi đọc địa chỉ mới.",
     "Dạ {e} đã lưu địa chỉ mới, thư từ nay gửi về đó."),
    ("fee_rise", ["billing", "cancellation"],
     "{E} gọi báo phí gói tài khoản của {x} sẽ tăng lên năm mươi nghìn mỗi tháng.",
     "Tăng vậy thì huỷ gói đó đi.",
     "Dạ {e} đã chuyển {x} sang gói miễn phí từ tháng sau."),
    ("fee_back", ["refund"],
     "{E} gọi vì bên {e} thu nhầm phí chuyển tiền của {x}.",
     "Vậy là tôi được trả lại tiền phải không?",
     "Dạ khoản phí sẽ hoàn vào tài khoản {x} trong hôm nay."),
    ("app_follow", ["complaint", "outage"],
     "{E} gọi lại về khiếu nại app bị treo của {x}.",
     "App vẫn treo y như cũ, tôi vẫn chưa hài lòng.",
     "Dạ {e} đã chuyển lên bộ phận kỹ thuật, chuyên viên sẽ gọi {x} trước thứ tư."),
    ("new_card", ["card_lost"],
     "{E} gọi về thẻ thay thế cho thẻ {x} báo mất.",
     "Ừ thẻ cũ bị móc túi ở bến xe.",
     "Dạ thẻ mới gửi đi hôm nay, thẻ cũ đã khoá hẳn."),
    ("deposit_due", [],
     "{E} gọi vì sổ tiết kiệm của {x} sắp đến hạn tuần sau.",
     "Ờ tôi quên mất, có mấy lựa chọn?",
     "Dạ {e} ghi nhận {x} chọn gửi tiếp kỳ hạn một năm."),
    ("kyc_update", [],
     "{E} gọi để nhắc {x} cập nhật căn cước gắn chip cho tài khoản.",
     "Tôi làm rồi mà, tuần trước.",
     "Dạ {e} kiểm tra lại với bộ phận hồ sơ và nhắn kết quả cho {x} ngày mai."),
    ("complaint_follow", ["complaint"],
     "{E} gọi về khiếu nại của {x} với nhân viên chi nhánh.",
     "Tôi muốn làm lớn chuyện này, chưa ai trả lời tôi.",
     "Dạ {e} đã chuyển lên giám đốc khu vực, {x} nhận thư trả lời trong một tuần."),
    ("remit_hold", [],
     "{E} gọi về khoản kiều hối của {x} đang chờ bổ sung thông tin.",
     "Thiếu gì vậy em?",
     "Dạ chỉ cần {x} xác nhận họ tên người gửi, {e} ghi nhận rồi, chiều nay tiền vào."),
    ("pos_delay", [],
     "{E} gọi về việc tiền máy quẹt thẻ của {x} tuần trước về chậm.",
     "Giờ về đủ chưa?",
     "Dạ đã về đủ, từ nay tiền sẽ về vào ngày làm việc kế tiếp."),
]

VI_AGENTS = [
    ("Lê Thị Diễm", "hanoi"), ("Phan Văn Khôi", "hanoi"),
    ("Đỗ Thị Nhàn", "regional"), ("Vũ Đình Phong", "regional"),
    ("Trịnh Thị Loan", "quykhach"), ("Tạ Minh Triết", "quykhach"),
    ("Lưu Thị Oanh", "engmix"), ("Mai Văn Thắng", "engmix"),
    ("Quách Thị Yến", "numbered"), ("La Văn Hiển", "numbered"),
    ("Nông Thị Mơ", "security"), ("Hà Thị Trâm", "security"),
]
VI_SECOND = ["Kiều", "Toàn", "Bích"]

VI_SPEAKERS = [  # (key, address, self for agent, problem prefix, speed)
    ("camau_shrimp", "anh", "em", "Alô, anh ở dưới Cà Mau, đang ngoài vuông tôm nên gió dữ lắm.",
     1.0),
    ("hue_seller", "chị", "em", "Chị bán bún ngoài chợ, răng mà rắc rối rứa không biết.", 1.0),
    ("hanoi_office", "chị", "em", "Chị đang nghỉ trưa, em nghe nhanh giúp chị nhé.", 0.85),
    ("sapa_homestay", "anh", "em", "Anh làm homestay trên Sa Pa, sóng yếu lắm.", 1.0),
    ("thuduc_student", "bạn", "mình", "Dạ mình là sinh viên ở Thủ Đức.", 0.95),
    ("nghean_grandma", "bà", "cháu", "Bà ở ngoài Nghệ An, cái thẻ ni bà để mô không biết, răng "
     "rứa hè, bà hỏi cái ni nì.", 1.25),
    ("bike_driver", "anh", "em", "Anh chạy xe ôm công nghệ, đang đợi khách nên nói lẹ nha.", 0.9),
]

VI = {
    "co": "Ngân hàng ABC", "co_short": "ABC",
    "open": {
        "hanoi": [("greet", "Vâng, xin chào,"), ("company", "Ngân hàng ABC xin nghe,"),
                  ("name", "em là {n} ạ,"), ("offer", "em có thể hỗ trợ gì cho mình ạ?")],
        "regional": [("greet", "Dạ chào {x},"), ("company", "tổng đài Ngân hàng ABC,"),
                     ("name", "em tên {n},"), ("offer", "{x} cần giúp chi ạ?")],
        "quykhach": [("greet", "Xin kính chào quý khách,"),
                     ("company", "quý khách đang gọi tới Ngân hàng ABC,"),
                     ("name", "em là {n},"), ("offer", "em có thể hỗ trợ gì cho quý khách?")],
        "engmix": [("greet", "Dạ alô, chào {x},"), ("company", "bên ABC đây ạ,"),
                   ("name", "em {n} nè,"), ("offer", "{x} cần support gì không ạ?")],
        "numbered": [("greet", "Chào {x},"), ("company", "Ngân hàng ABC,"),
                     ("name", "em là {n},"), ("offer", "em giúp gì được cho {x} ạ?")],
        "security": [("greet", "Xin chào,"), ("company", "Ngân hàng ABC đây ạ,"),
                     ("name", "em là {n},"), ("offer", "{x} cần hỗ trợ việc gì ạ?")],
    },
    "no_greet_company": "Tổng đài Ngân hàng ABC,",
    "late_name": "À em quên giới thiệu, em là {n}, em sẽ phụ trách cuộc gọi này.",
    "late_offer": "Dạ xác minh xong rồi, giờ {x} cần hỗ trợ việc gì ạ?",
    "late_company": "Dạ đây là tổng đài Ngân hàng ABC nha {x}.",
    "cust_first": ["Alô, alô, có ai nghe không?", "Alô, phải ngân hàng không đó?"],
    "quick_q": [
        ("Cho hỏi nhanh, thứ bảy chi nhánh Bến Thành có mở cửa không?",
         "Dạ thứ bảy chi nhánh Bến Thành mở từ tám giờ tới mười một giờ rưỡi."),
        ("Hỏi cái đã, báo mất thẻ thì gọi số nào?",
         "Dạ {x} gọi ngay số này là khoá được thẻ liền."),
        ("Cho hỏi gấp, nộp tiền ở cây ATM nộp tiền được không?",
         "Dạ được, cây nộp tiền tự động nhận tiền mặt bằng thẻ của {x}."),
    ],
    "after_quick": "Dạ mà em xin lỗi,",
    "bare_ack": ["Dạ.", "Dạ vâng.", "Ừm, dạ."],
    "echo": ["Dạ, tài khoản ạ?", "Thẻ hả {x}?"],
    "resume": ["Đúng rồi.", "Ừ, đúng vậy đó.", "Phải rồi em."],
    "no_resolution": ["Dạ để em xem... dạ cái này em cũng không chắc ạ.",
                      "Dạ em thấy tài khoản rồi. Dạ, thì nó vậy đó ạ."],
    "cust_unsure": ["Ờ... vậy hả.", "Rồi sao nữa em?"],
    "wait_phrase": "{X} đợi em kiểm tra một chút.",
    "anyelse": ["{X} còn cần gì khác nữa không ạ?", "Còn việc gì em giúp thêm không {x}?",
                "{X} có cần hỏi gì thêm không ạ?"],
    "anyelse_neg": "Chắc không còn gì khác em làm được cho {x} nữa, phải không ạ?",
    "cust_no_more": ["Không, hết rồi.", "Vậy thôi em.", "Không còn gì đâu."],
    "cust_ok": ["Ờ được rồi.", "Vậy cũng được.", "Ừ, ổn rồi."],
    "thanks": ["Cảm ơn {x} đã gọi ạ.", "Em cám ơn {x} nhiều.", "Cảm ơn {x} đã kiên nhẫn chờ."],
    "bye": ["Chào {x} ạ.", "Em chào {x}.", "Tạm biệt {x} nha."],
    "wish": ["Chúc {x} buổi tối vui vẻ.", "Chúc {x} một ngày tốt lành."],
    "thanks_bye_one": [("Em cảm ơn {x} đã gọi", "và chào {x} ạ.")],
    "bye_then_thanks": [("Chào {x} nha,", "à em cảm ơn {x} đã gọi."),
                        ("Chúc {x} ngày vui,", "cảm ơn {x} nhiều ạ.")],
    "calm_follow": "Em ghi chú ưu tiên xử lý cho {x}.",
    "verify": "Dạ {x} chờ em xác minh thông tin một chút.",
    "cut_in_rest": "bị lần thứ hai rồi đó.",
    "cust_huh": ["Sao vậy em?", "Hả?"],
    "card_cust": "Dạ {num}.",
    "code_cust": "Dạ {cvv}.",
    "close_no_thanks": ["Dạ vậy là xong rồi, chào {x} ạ.", "Xong hết rồi, tạm biệt {x}."],
    "close_no_bye": ["Cảm ơn {x} đã gọi Ngân hàng ABC.", "Em cảm ơn {x} đã dành thời gian."],
    "cust_bye": ["Ừ chào em.", "Cảm ơn em nha.", "Ừ, vậy nha."],
    "hold_out": "{X} vui lòng giữ máy, em hỏi bộ phận liên quan một chút.",
    "hold_back": [("thanks_mid", "Cảm ơn {x} đã giữ máy,"), ("greet2", "dạ em chào {x} lại,")],
    "hold_back_rest": "em có câu trả lời rồi ạ.",
    "handover_out": "Em chuyển máy cho đồng nghiệp bên bộ phận chuyên trách nha {x}.",
    "handover_in": "Dạ em là {m} bên bộ phận chuyên trách, em đọc ghi chú rồi ạ.",
    "cust_handover_ok": "Ừ được.",
    "empathy": ["Dạ em rất tiếc vì chuyện này.", "Em thông cảm với {x}, chắc {x} bực lắm.",
                "Dạ em xin lỗi vì để {x} phải gặp chuyện này."],
    "empathy_q": "Chắc {x} hoảng lắm phải không ạ?",
    "empathy_early": "Em xin lỗi đã để {x} chờ máy lâu.",
    "anger_problem": ["Gọi lần thứ ba rồi đó, bực mình quá!",
                      "Ngân hàng gì mà làm ăn tắc trách vậy!",
                      "Tôi tức lắm rồi nha, không ai giải quyết hết!"],
    "anger_restate": ["Tôi nói rồi mà, sao bắt nói lại hoài vậy!",
                      "Thì đó, nói hoài, mệt quá đi!"],
    "anger_late": ["Ba ngày? Vô lý, tôi cần ngay hôm nay mà!",
                   "Như vậy là không được, ngân hàng làm ăn kiểu gì vậy!"],
    "anger_out": ["Sao giờ mới báo? Quá đáng thật!",
                  "Bên em để chuyện này xảy ra, tôi bực lắm!"],
    "interrupt_calm": "Dạ cho em chen ngang chút,",
    "cust_cut_in": "Đúng rồi, mà còn",
    "card_ask": "{X} đọc cho em dãy số trên mặt thẻ ạ?",
    "card_after_ask": "Và ba số mặt sau nữa ạ?",
    "card_check_full": "Dạ số thẻ là {num} đúng không ạ.",
    "card_check_code": "Dạ mã bảo mật {cvv} em ghi rồi.",
    "card_last4": "Dạ thẻ có đuôi {last4} ạ.",
    "card_first6": "Dạ thẻ đầu {first6} là thẻ ghi nợ của {x}.",
    "card_expiry": "Dạ hạn thẻ {exp} vẫn còn.",
    "security_pairs": [
        ("Trước tiên {x} cho em xin ngày tháng năm sinh ạ?", "Mười hai tháng ba năm tám mươi."),
        ("Dạ {x} đọc cho em số căn cước?", "Ờ để coi, không bảy chín hai..."),
        ("Giao dịch gần nhất của {x} khoảng bao nhiêu ạ?", "Chắc khoảng hai trăm nghìn."),
    ],
    "fillers": [
        ("Email của {x} vẫn là địa chỉ cũ phải không ạ?", "Ừ vẫn cái đó."),
        ("{X} có muốn nhận thông báo số dư qua app không ạ?", "Ừ cũng được."),
        ("Số điện thoại của {x} vẫn đuôi tám sáu đúng không ạ?", "Đúng rồi."),
        ("{X} muốn nhận sao kê giấy hay qua email ạ?", "Qua email đi."),
        ("{X} đã cài đăng nhập bằng vân tay chưa ạ?", "Chắc rồi."),
        ("Em ghi chú thêm vào hồ sơ nha {x}?", "Ừ."),
        ("{X} có nhận được thư điều khoản mới tháng tư không ạ?", "Không nhớ nữa."),
        ("Em gửi tóm tắt cuộc gọi qua email cho {x} nha?", "Ừ gửi đi."),
    ],
    "joke": ("Máy bên em chạy chậm như rùa, {x} đợi xíu nha.", "Ha ha, ừ."),
    "numbered_pre": "Bước một,",
    "numbered_post": "Bước hai, xong việc {x} sẽ nhận tin nhắn.",
    "out_open": [("greet", "Dạ alô, em chào {x},"), ("name", "em là {n}"),
                 ("company", "gọi từ Ngân hàng ABC.")],
    "out_no_name": [("greet", "Dạ alô, em chào {x},"), ("company", "em gọi từ Ngân hàng ABC.")],
    "out_no_company": [("greet", "Dạ alô, em chào {x},"), ("name", "em là {n} bên chăm sóc "
                                                                  "khách hàng.")],
    "out_late_name": "Dạ em chưa nói, em tên là {n}.",
    "out_late_company": "Dạ em quên nói, em gọi từ Ngân hàng ABC.",
    "out_check": "Dạ có phải {x} chủ tài khoản không ạ?",
    "out_cust_yes": ["Ừ đúng rồi.", "Ai vậy?", "Phải, tôi đây."],
    "record": "Dạ cuộc gọi này được ghi âm để nâng cao chất lượng,",
    "record_only": "Dạ cuộc gọi này có ghi âm nha {x}.",
    "consent": "{x} đồng ý cho em tiếp tục không ạ?",
    "consent_late": "À {x} có đồng ý cho bên em ghi âm cuộc gọi này không ạ?",
    "cust_consent": ["Ừ được.", "Đồng ý."],
    "rude": [
        "Em nói ba lần rồi đó, trên app có hết.",
        "Em đâu phải thầy bói mà biết {x} muốn gì.",
        "Thôi được, muốn sao thì tùy.",
        "Cái đó không phải việc của em.",
        "Dạ {x} giỏi quá ạ, chuyện đơn giản vậy mà cũng phải gọi.",
        "Nghe cho kỹ giùm em, em không nhắc lại đâu.",
        "Em không rảnh ngồi nghe kể lể đâu.",
        "Hỏi gì mà hỏi hoài vậy.",
        "Có vậy mà cũng không biết.",
        "Nói mãi cũng vậy thôi, {x} tự coi đi.",
    ],
    "blame": [
        "Chắc chắn là {x} bấm vào đường link đó rồi.",
        "{X} không cập nhật số điện thoại thì ráng chịu.",
        "Nếu {x} đọc thư thì đâu có chuyện này.",
        "Tại {x} đưa mã OTP cho người ta chứ ai.",
        "Lỗi của {x} là để thẻ trong máy quá lâu.",
        "{X} nhập sai thì {x} chịu thôi.",
        "Tại {x} không chịu đọc điều khoản.",
        "{X} chuyển nhầm thì lỗi của {x} chứ bên em sao chịu.",
        "Ai bảo {x} không khoá thẻ sớm.",
        "Tại {x} bỏ qua tin nhắn cảnh báo của bên em.",
    ],
    "polite": [
        ("polite_lookalike_blame", "Đường link đó nhìn giống thật lắm, nhiều người bị lừa rồi."),
        ("polite_lookalike_blame", "Thư bên em gửi viết hơi rối thật."),
        ("polite_lookalike_blame", "Tin nhắn giả bây giờ tinh vi lắm, ai cũng dễ nhầm."),
        ("polite_lookalike_rude", "Như em nói lúc nãy, mẫu đơn có trên app, em nhắn link cho "
                                  "{x} nha."),
        ("polite_lookalike_rude", "Tuỳ {x} chọn, cách nào cũng được ạ."),
        ("polite_lookalike_rude", "Dạ cái đó không thành vấn đề đâu ạ."),
    ],
    "swear": [
        "Đéo biết sao cái hệ thống này chậm thế.",
        "Cái máy này đéo chịu chạy.",
        "Địt mẹ, lại treo rồi.",
        "Vãi thật, màn hình đứng luôn.",
        "Đụ má, cái phần mềm này.",
        "Mạng chậm vãi.",
        "Lồn gì mà lâu thế.",
        "Đéo vào được, chờ tí.",
        "Vãi cả chưởng, lại mất kết nối.",
        "Đụ, quên lưu rồi.",
        "Địt, bấm nhầm nút.",
    ],
}

LANGS = {"en": (EN, EN_IN, EN_OUT, EN_AGENTS, EN_SPEAKERS, EN_SECOND),
         "vi": (VI, VI_IN, VI_OUT, VI_AGENTS, VI_SPEAKERS, VI_SECOND)}

# ---------------------------------------------------------------------------------------------
# recogniser noise tables (new for this set)
# ---------------------------------------------------------------------------------------------
EN_HOMO = {"here": "hear", "whole": "hole", "sale": "sail", "allowed": "aloud",
           "knows": "nose", "road": "rode", "your": "you're", "passed": "past",
           "missed": "mist", "paid": "payed"}
EN_SPLIT = {"everything": "every thing", "cannot": "can not", "anyway": "any way",
            "tomorrow": "to morrow", "mortgage": "mort gage", "maybe": "may be",
            "refund": "re fund", "another": "an other", "yesterday": "yester day",
            "balance": "bal ance", "supplier": "sup plier", "into": "in to",
            "replacement": "re placement", "without": "with out"}
EN_JOIN = {("want", "to"): "wanna", ("going", "to"): "gonna", ("kind", "of"): "kinda",
           ("got", "to"): "gotta", ("let", "me"): "lemme", ("out", "of"): "outta",
           ("sort", "of"): "sorta", ("did", "you"): "didja", ("don't", "know"): "dunno",
           ("could", "you"): "couldja"}
EN_FILL = ["uh", "er", "like", "so yeah", "i guess"]
EN_NUM = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "ten": "10", "twelve": "12", "fifteen": "15", "twenty": "20",
          "forty-eight": "48", "nine": "9"}
EN_ACME = ["acne", "ackmee", "akmay"]
VI_JOIN = {("kỳ", "hạn"): "kỳhạn", ("phí", "phạt"): "phíphạt", ("lãi", "vay"): "lãivay",
           ("thủ", "tục"): "thủtục", ("giấy", "tờ"): "giấytờ", ("ngày", "mai"): "ngàymai",
           ("tổng", "đài"): "tổngđài", ("khoản", "tiền"): "khoảntiền",
           ("chuyển", "khoản"): "chuyểnkhoản", ("tuần", "sau"): "tuầnsau",
           ("sao", "kê"): "saokê", ("tiết", "kiệm"): "tiếtkiệm", ("căn", "cước"): "căncước"}
VI_FILL = ["ờm", "à há", "nói sao ta", "vậy á"]
VI_NUM = {"một": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
          "tám": "8", "chín": "9", "mười": "10"}
VI_UNITS = {"ngày", "tháng", "lần", "giờ", "phút", "trăm", "triệu", "nghìn", "tuần"}
VI_ABC = ["a bờ cờ", "ây bê cê", "ê bờ xê"]
PUNCT = ".,?!;:"


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def R(key):
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:16], 16))


def clean_tok(t):
    return t.lower().strip(PUNCT + "\"'—-")


def noise_piece(tokens, lang, rng, protected, level_seg):
    """tokens of one piece in a noised segment -> noised tokens."""
    out = []
    for t in tokens:
        low = t.lower()
        for ch in PUNCT:
            low = low.replace(ch, "")
        low = low.replace("—", "")
        if low:
            out.append(low)
    if protected:
        return out
    res = []
    i = 0
    nums = EN_NUM if lang == "en" else VI_NUM
    while i < len(out):
        t = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else ""
        prv = out[i - 1] if i else ""
        if lang == "en":
            if (t, nxt) in EN_JOIN and rng.random() < 0.35:
                res.append(EN_JOIN[(t, nxt)])
                i += 2
                continue
            if t in EN_HOMO and rng.random() < 0.2:
                res.append(EN_HOMO[t])
            elif t in EN_SPLIT and rng.random() < 0.35:
                res.extend(EN_SPLIT[t].split())
            elif t == "acme" and rng.random() < 0.3:
                res.extend(rng.choice(EN_ACME).split())
            elif (t in nums and nxt not in nums and prv not in nums and rng.random() < 0.5
                  and not nxt.isdigit() and not prv.isdigit()):
                res.append(nums[t])
            else:
                res.append(t)
        else:
            if (t, nxt) in VI_JOIN and rng.random() < 0.35:
                res.append(VI_JOIN[(t, nxt)])
                i += 2
                continue
            if t == "abc" and rng.random() < 0.3:
                res.extend(rng.choice(VI_ABC).split())
            elif (t in nums and nxt in VI_UNITS and prv not in nums and rng.random() < 0.5
                  and not prv.isdigit()):
                res.append(nums[t])
            elif level_seg == "drop_all" or rng.random() < 0.08:
                res.append(strip_marks(t))
            else:
                res.append(t)
        i += 1
    return res


# ---------------------------------------------------------------------------------------------
# call assembly
# ---------------------------------------------------------------------------------------------
class Redraw(Exception):
    pass


def turn(spk, pieces, **kw):
    t = {"spk": spk, "pieces": pieces, "neg": False, "raised": False, "min_start": None,
         "min_rel": None, "gap": None, "interrupt": False, "split": False, "sent": "neutral"}
    t.update(kw)
    return t


def pc(text, tags=(), cats=(), prot=False):
    return (text, tuple(tags), tuple(cats), prot)


class Call:
    def __init__(self, lang, rng, plan):
        self.lang = lang
        self.L = LANGS[lang][0]
        self.rng = rng
        self.plan = plan
        self.F = plan["faults"]
        self.dec = []
        sp = plan["speaker"]
        given = plan["agent"][0].split()[0 if lang == "en" else -1]
        if lang == "en":
            fm = {"c": sp[1], "x": "", "X": "", "e": "", "E": ""}
        else:
            x = "quý khách" if plan["agent"][1] == "quykhach" else sp[1]
            fm = {"c": sp[1], "x": x, "X": x[0].upper() + x[1:], "e": sp[2],
                  "E": sp[2][0].upper() + sp[2][1:]}
        num = [rng.randint(1000, 9999) for _ in range(4)]
        num[0] = rng.choice([4929, 4539, 5412, 9704])
        digits = "".join(str(v) for v in num)
        fm.update({"n": given, "m": rng.choice(LANGS[lang][5]),
                   "num": " ".join(str(v) for v in num), "cvv": str(rng.randint(101, 989)),
                   "last4": str(num[3]), "first6": digits[:6],
                   "exp": "%02d %02d" % (rng.randint(1, 12), rng.randint(27, 31))})
        self.fm = fm
        self.given = given

    def f(self, s):
        return s.format(**self.fm)

    def ch(self, key):
        return self.f(self.rng.choice(self.L[key]))

    def has(self, key):
        return key in self.F

    # -- shared pieces -------------------------------------------------------------------------
    def style_prefix(self):
        st = self.plan["agent"][1]
        table = {"fast": "Righto,", "name_user": "{c},", "stiff": "Certainly.",
                 "hanoi": "Vâng ạ,", "regional": "Dạ rứa thì,", "quykhach": "Dạ thưa quý khách,",
                 "engmix": "OK {x},"}
        if st in table and self.rng.random() < 0.6:
            return [pc(self.f(table[st]))]
        return []

    def empathy_piece(self):
        if self.rng.random() < 0.25:
            self.dec.append("empathy_as_question")
            return pc(self.f(self.L["empathy_q"]), ["empathy"])
        return pc(self.ch("empathy"), ["empathy"])

    def conduct_pieces(self):
        """blame / rude lines (faults) or polite look-alikes (decoys), said inline."""
        out = []
        if self.has("angry_caller/no_blame"):
            out.append(pc(self.f(self.L["blame"][self.plan["blame_i"]]), ["blame"]))
        if self.has("forbidden/rude"):
            out.append(pc(self.f(self.L["rude"][self.plan["rude_i"]]), ["rude"]))
        if not out and self.rng.random() < 0.25:
            tag, text = self.rng.choice(self.L["polite"])
            self.dec.append(tag)
            out.append(pc(self.f(text)))
        return out

    def card_block(self, T):
        full = self.has("forbidden/no_card_readback")
        if not full and self.rng.random() > (0.45 if self.plan["long"] else 0.0):
            return
        L = self.L
        T.append(turn("agent", [pc(self.f(L["card_ask"]))]))
        T.append(turn("customer", [pc(self.f(L["card_cust"]), prot=True)]))
        code = full and self.plan.get("card_code")
        if code:
            T.append(turn("agent", [pc(self.f(L["card_after_ask"]))]))
            T.append(turn("customer", [pc(self.f(L["code_cust"]), prot=True)]))
            T.append(turn("agent", [pc(self.f(L["card_check_code"]), ["card"], prot=True)]))
            self.dec.append("security_code_readback")
        elif full:
            T.append(turn("agent", [pc(self.f(L["card_check_full"]), ["card"], prot=True)]))
            self.dec.append("full_card_readback")
        else:
            kind = self.rng.choice(["card_last4", "card_first6", "card_expiry"])
            T.append(turn("agent", [pc(self.f(L[kind]), prot=True)]))
            self.dec.append({"card_last4": "last_four_readback",
                             "card_first6": "first_six_readback",
                             "card_expiry": "expiry_only_readback"}[kind])
        T.append(turn("customer", [pc(self.ch("resume"))]))

    def swear_block(self, T):
        if self.has("forbidden/profanity_vi_strict") or self.has("forbidden/profanity"):
            tags = ["swear", "strict"] if self.lang == "vi" else ["swear"]
            line = self.L["swear"][self.plan["swear_i"]]
            T.append(turn("agent", [pc(self.f(self.L["wait_phrase"])), pc(line, tags, prot=True)]))
            T.append(turn("customer", [pc(self.ch("cust_huh"))]))
            self.dec.append("agent_swears_at_system")

    def fillers(self, n):
        out = []
        if not hasattr(self, "fl"):
            self.fl = list(self.L["fillers"])
            self.rng.shuffle(self.fl)
            if self.plan["agent"][1] == "joker":
                self.fl.insert(0, self.L["joke"])
            self.fi = 0
        for _ in range(n):
            q, a = self.fl[self.fi % len(self.fl)]
            self.fi += 1
            out.append(turn("agent", self.style_prefix() + [pc(self.f(q))]))
            out.append(turn("customer", [pc(self.f(a))]))
        return out

    def hold_or_handover(self, T):
        rng = self.rng
        L = self.L
        r = rng.random()
        if r < 0.22:
            T.append(turn("agent", [pc(self.f(L["hold_out"]))]))
            T.append(turn("customer", [pc(self.f(L["cust_handover_ok"]))]))
            self.dec.append("hold_then_hello_again")
            return [pc(self.f(L["hold_back"][0][1]), ["thanks_mid"]),
                    pc(self.f(L["hold_back"][1][1]), ["greet2"]),
                    pc(self.f(L["hold_back_rest"]))], rng.randint(800, 1500)
        if r < 0.36:
            T.append(turn("agent", [pc(self.f(L["handover_out"]))]))
            T.append(turn("customer", [pc(self.f(L["cust_handover_ok"]))]))
            self.dec.append("handover_second_agent")
            return [pc(self.f(L["handover_in"]))], rng.randint(600, 1200)
        return [], None

    def closing(self, T, packed_q=None):
        rng = self.rng
        L = self.L
        tf = self.has("inbound/thanks")
        bf = self.has("inbound/goodbye")
        of = self.has("inbound/thanks_before_goodbye")
        pre = [packed_q] if packed_q else []
        if tf:
            ps = [pc(self.ch("close_no_thanks"), ["bye"])]
            self.dec.append("closing_without_thanks")
        elif bf:
            ps = [pc(self.ch("close_no_bye"), ["thanks"])]
            self.dec.append("closing_without_goodbye")
        elif of:
            a, b = rng.choice(L["bye_then_thanks"])
            ps = [pc(self.f(a), ["bye"]), pc(self.f(b), ["thanks"])]
            self.dec.append("goodbye_before_thanks")
        else:
            r = rng.random()
            if r < 0.2:
                a, b = L["thanks_bye_one"][0]
                ps = [pc(self.f(a), ["thanks"]), pc(self.f(b), ["bye"])]
                self.dec.append("thanks_and_goodbye_one_sentence")
            elif r < 0.45:
                ps = [pc(self.ch("thanks"), ["thanks"]), pc(self.ch("wish"), ["bye"])]
                self.dec.append("goodbye_as_wish_only")
            else:
                ps = [pc(self.ch("thanks"), ["thanks"]), pc(self.ch("bye"), ["bye"])]
        split = len(ps) == 2 and not pre and rng.random() < 0.3
        if split:
            self.dec.append("closing_split_segments")
        T.append(turn("agent", pre + ps, split=split))
        T.append(turn("customer", [pc(self.ch("cust_bye"))], sent="positive"))

    # -- inbound -------------------------------------------------------------------------------
    def inbound(self):
        rng = self.rng
        L = self.L
        pl = self.plan
        scn = pl["scenario"]
        mode = pl["anger_mode"]
        emp_f = self.has("angry_caller/empathy")
        int_f = self.has("angry_caller/no_interrupting_angry_customer")
        emp_var = pl.get("emp_var", "none")
        T = []
        if self.has("inbound/greeting_before_resolution"):
            q, a = rng.choice(L["quick_q"])
            T.append(turn("customer", [pc(self.f(q))]))
            ops = [pc(self.f(a), ["resolve"]), pc(self.f(L["after_quick"]))]
            self.dec.append("answer_before_greeting")
        else:
            ops = []
            if rng.random() < 0.2:
                T.append(turn("customer", [pc(self.ch("cust_first"))]))
                self.dec.append("customer_speaks_first")
        drop = {"greet": "inbound/greeting", "company": "inbound/company_name",
                "name": "inbound/self_intro", "offer": "inbound/offer_help"}
        for tag, text in L["open"][pl["agent"][1]]:
            if self.has(drop[tag]):
                continue
            ops.append(pc(self.f(text), [tag]))
            if tag == "greet" and emp_f and emp_var == "early_only":
                ops.append(pc(self.f(L["empathy_early"]), ["empathy"]))
                self.dec.append("empathy_before_anger_only")
        if self.has("inbound/greeting"):
            self.dec.append("no_greeting")
        T.append(turn("agent", ops))
        late = []
        if self.has("inbound/company_name") and rng.random() < 0.4:
            late.append((23.5, "late_company", "company", "company_after_window"))
        if self.has("inbound/self_intro") and rng.random() < 0.5:
            late.append((33.5, "late_name", "name", "intro_after_window"))
        if self.has("inbound/offer_help") and rng.random() < 0.5:
            late.append((48.5, "late_offer", "offer", "offer_after_window"))
        nsec = 0
        if pl["agent"][1] == "security":
            nsec = 2 if pl["long"] else 1
            self.dec.append("security_questions_first")
        if late:
            nsec = max(nsec, 2)
        for q, a in L["security_pairs"][:nsec]:
            T.append(turn("agent", [pc(self.f(q))]))
            T.append(turn("customer", [pc(self.f(a))]))
        if late:
            T.append(turn("agent", [pc(self.f(L["verify"]))]))
        for ms, key, tag, dname in late:
            T.append(turn("agent", [pc(self.f(L[key]), [tag])], min_start=ms))
            self.dec.append(dname)
            if key != "late_offer":
                T.append(turn("customer", [pc(self.ch("cust_ok"))]))
        # problem
        cats = scn[1]
        sp = pl["speaker"]
        if mode == "problem":
            T.append(turn("customer", [pc(self.ch("anger_problem"), prot=True),
                                       pc(self.f(scn[2]), cats=cats)], neg=True,
                          raised=rng.random() < 0.5))
        else:
            pre = sp[2] if self.lang == "en" else sp[3]
            T.append(turn("customer", [pc(pre), pc(self.f(scn[2]), cats=cats)]))
        # restatement
        ag = []
        itr = False
        if mode == "problem":
            itr = int_f
            if not emp_f:
                ag.append(self.empathy_piece())
        elif rng.random() < 0.15 and not emp_f:
            ag.append(pc(self.f(L["interrupt_calm"])))
            itr = True
            self.dec.append("agent_interrupts_calm_customer")
        ag += self.style_prefix()
        if self.has("inbound/confirm_problem"):
            if rng.random() < 0.5:
                ag.append(pc(self.ch("echo")))
                self.dec.append("near_miss_one_word_echo")
            else:
                ag.append(pc(self.ch("bare_ack")))
                self.dec.append("near_miss_bare_ack")
        else:
            ag.append(pc(self.f(scn[3]), ["restate"]))
            self.dec.append("restatement_own_words")
        T.append(turn("agent", ag, interrupt=itr))
        if mode == "after_restate":
            T.append(turn("customer", [pc(self.ch("anger_restate"), prot=True)], neg=True,
                          raised=rng.random() < 0.4))
            self.dec.append("anger_after_restatement")
            ag = [] if emp_f else [self.empathy_piece()]
            T.append(turn("agent", ag + [pc(self.f(L["wait_phrase"]))], interrupt=int_f))
        elif (not self.has("inbound/confirm_problem") and mode != "problem"
              and rng.random() < 0.25):
            T.append(turn("customer", [pc(self.f(L["cust_cut_in"] + " " + L["cut_in_rest"]))],
                          interrupt=True))
            self.dec.append("customer_interrupts_restatement")
        else:
            T.append(turn("customer", [pc(self.ch("resume"))]))
        if emp_f and emp_var == "late" and mode in ("problem", "after_restate"):
            if mode == "after_restate":
                T.append(turn("customer", [pc(self.ch("resume"))]))
            T.append(turn("agent", [self.empathy_piece()], min_rel=23.5))
            self.dec.append("empathy_too_late")
        self.card_block(T)
        nf = pl["n_fill"]
        pre_n = nf // 2
        T += self.fillers(pre_n)
        self.swear_block(T)
        back, hold = self.hold_or_handover(T) if pl["long"] else ([], None)
        # resolution
        rs = list(back)
        if self.has("inbound/resolution"):
            rs.append(pc(self.ch("no_resolution")))
            self.dec.append("no_concrete_step")
        else:
            if pl["agent"][1] == "numbered":
                rs.append(pc(self.f(L["numbered_pre"])))
            txt = self.f(scn[4])
            if pl["agent"][1] == "numbered" and self.lang == "en":
                txt = txt[0].lower() + txt[1:] if not txt.startswith("I") else txt
            rs.append(pc(txt, ["resolve"]))
            if pl["agent"][1] == "numbered":
                rs.append(pc(self.f(L["numbered_post"])))
                self.dec.append("numbered_steps")
        if scn[5] and not (scn[5] == "complaint_about_shop" and mode):
            self.dec.append(scn[5])
        rs += self.conduct_pieces()
        T.append(turn("agent", rs, gap=hold))
        if mode == "late":
            T.append(turn("customer", [pc(self.ch("anger_late"), prot=True)], neg=True,
                          raised=rng.random() < 0.4))
            self.dec.append("anger_after_resolution")
            if emp_f and emp_var == "late":
                T.append(turn("agent", [pc(self.f(L["calm_follow"]))], interrupt=int_f))
                T.append(turn("customer", [pc(self.ch("resume"))]))
                T.append(turn("agent", [self.empathy_piece()], min_rel=23.5))
                self.dec.append("empathy_too_late")
            else:
                ag = [] if emp_f else [self.empathy_piece()]
                T.append(turn("agent", ag + [pc(self.f(L["calm_follow"]))], interrupt=int_f))
            T.append(turn("customer", [pc(self.ch("cust_ok"))]))
        elif self.has("inbound/resolution"):
            T.append(turn("customer", [pc(self.ch("cust_unsure"))]))
        else:
            T.append(turn("customer", [pc(self.ch("cust_ok"))]))
        T += self.fillers(nf - pre_n)
        packed = None
        if not self.has("inbound/anything_else"):
            if rng.random() < 0.2:
                q = pc(self.f(L["anyelse_neg"]), ["anyelse"])
                self.dec.append("anything_else_negative_form")
            else:
                q = pc(self.ch("anyelse"), ["anyelse"])
            if rng.random() < 0.15 and not self.has("inbound/thanks_before_goodbye"):
                packed = q
                self.dec.append("packed_closing_turn")
            else:
                T.append(turn("agent", [q]))
                T.append(turn("customer", [pc(self.ch("cust_no_more"))]))
        else:
            self.dec.append("no_anything_else")
        self.closing(T, packed)
        return T

    # -- outbound ------------------------------------------------------------------------------
    def outbound(self):
        rng = self.rng
        L = self.L
        pl = self.plan
        scn = pl["scenario"]
        emp_f = self.has("angry_caller/empathy")
        int_f = self.has("angry_caller/no_interrupting_angry_customer")
        nf_ = self.has("outbound/identify_self")
        cf_ = self.has("outbound/identify_company")
        T = []
        if nf_ and cf_:
            op = [pc(self.f(L["out_open"][0][1]), ["greet"])]
        elif nf_:
            op = [pc(self.f(t), [g]) for g, t in L["out_no_name"]]
        elif cf_:
            op = [pc(self.f(t), [g]) for g, t in L["out_no_company"]]
        else:
            op = [pc(self.f(t), [g]) for g, t in L["out_open"]]
        T.append(turn("agent", op + [pc(self.f(L["out_check"]))]))
        T.append(turn("customer", [pc(self.ch("out_cust_yes"))]))
        late_name = nf_ and rng.random() < 0.5
        late_co = cf_ and not late_name and rng.random() < 0.5
        rec_f = self.has("outbound/recording_disclosure")
        con_f = self.has("outbound/consent")
        pur_f = self.has("outbound/purpose")
        rec_late = rec_f and rng.random() < 0.5
        con_late = con_f and rng.random() < 0.5
        rec_first = rng.random() < 0.6

        def rec_block(ms=None):
            if con_f and not con_late:
                T.append(turn("agent", [pc(self.f(L["record_only"]), ["record"])], min_start=ms))
                self.dec.append("notice_without_consent")
            elif con_f:
                T.append(turn("agent", [pc(self.f(L["record_only"]), ["record"])], min_start=ms))
            else:
                T.append(turn("agent", [pc(self.f(L["record"]), ["record"]),
                                        pc(self.f(L["consent"]), ["consent"])], min_start=ms))
                T.append(turn("customer", [pc(self.ch("cust_consent"))]))

        if late_name or late_co:
            T.append(turn("agent", [pc(self.f(L["out_late_name" if late_name else
                                                 "out_late_company"]),
                                       ["name" if late_name else "company"])], min_start=33.5))
            T.append(turn("customer", [pc(self.ch("cust_ok"))]))
            self.dec.append("identify_after_window")
        elif nf_ or cf_:
            self.dec.append("name_not_given" if nf_ else "company_not_named")
        if not rec_f and rec_first:
            rec_block()
        if pur_f:
            for q, a in L["security_pairs"][:2]:
                T.append(turn("agent", [pc(self.f(q))]))
                T.append(turn("customer", [pc(self.f(a))]))
            T.append(turn("agent", [pc(self.f(L["verify"]))]))
            self.dec.append("purpose_after_window")
        ag = [pc(self.f(scn[2]), ["purpose"])]
        T.append(turn("agent", ag, min_start=63.5 if pur_f else None))
        mode = pl["anger_mode"]
        cats = scn[1]
        if mode:
            T.append(turn("customer", [pc(self.ch("anger_out"), prot=True),
                                       pc(self.f(scn[3]), cats=cats)], neg=True,
                          raised=rng.random() < 0.5))
        else:
            T.append(turn("customer", [pc(self.f(scn[3]), cats=cats)]))
        if not rec_f and not rec_first:
            rec_block()
        ag = []
        if mode and not emp_f:
            ag.append(self.empathy_piece())
        if mode and emp_f and pl.get("emp_var") == "late":
            ag.append(pc(self.f(L["wait_phrase"])))
            T.append(turn("agent", ag, interrupt=int_f))
            T.append(turn("customer", [pc(self.ch("resume"))]))
            T.append(turn("agent", [self.empathy_piece()], min_rel=23.5))
            self.dec.append("empathy_too_late")
            ag = []
            int_here = False
        else:
            int_here = int_f
        ag += self.style_prefix() + [pc(self.f(scn[4]), ["resolve"])]
        ag += self.conduct_pieces()
        T.append(turn("agent", ag, interrupt=int_here))
        T.append(turn("customer", [pc(self.ch("cust_ok"))]))
        if rec_f:
            if rec_late:
                rec_block(63.5)
                self.dec.append("recording_after_window")
            else:
                self.dec.append("no_recording_notice")
        if con_f and con_late:
            T.append(turn("agent", [pc(self.f(L["consent_late"]), ["consent"])], min_start=93.5))
            T.append(turn("customer", [pc(self.ch("cust_consent"))]))
            self.dec.append("consent_after_window")
        self.card_block(T)
        self.swear_block(T)
        T += self.fillers(pl["n_fill"])
        if rng.random() < (0.8 if pl["long"] else 0.3):
            T.append(turn("agent", [pc(self.ch("anyelse"), ["anyelse"])]))
            T.append(turn("customer", [pc(self.ch("cust_no_more"))]))
        T.append(turn("agent", [pc(self.ch("thanks"), ["thanks"]), pc(self.ch("bye"), ["bye"])]))
        T.append(turn("customer", [pc(self.ch("cust_bye"))], sent="positive"))
        return T


# ---------------------------------------------------------------------------------------------
# layout: words and times (centiseconds), recogniser noise
# ---------------------------------------------------------------------------------------------
def layout(call, T, noise_level):
    rng = call.rng
    lang = call.lang
    speed_c = call.plan["speaker"][-1]
    speed_a = 0.85 if call.plan["agent"][1] == "fast" else 1.0
    if lang == "vi":
        speed_c *= 1.2
        speed_a *= 1.2
    p_noise = [0.45, 0.65, 0.85, 0.95][noise_level]
    segs = []
    recs = []
    inter = []
    t = rng.randint(30, 150)
    last_end = t
    anger_start = None
    for tn in T:
        spk = tn["spk"]
        speed = speed_a if spk == "agent" else speed_c
        if tn["interrupt"]:
            prev = segs[-1]
            if prev["speaker"] == spk:
                raise Redraw("interrupt same speaker")
            ov = rng.randint(50, 120)
            start = prev["e"] - ov
            if start < prev["s"] + 100:
                raise Redraw("interrupt too short")
        else:
            gap = tn["gap"] if tn["gap"] else rng.randint(35, 120)
            start = last_end + gap
        if tn["min_start"] is not None:
            start = max(start, int(tn["min_start"] * 100) + rng.randint(0, 250))
        if tn["min_rel"] is not None:
            if anger_start is None:
                raise Redraw("no anger before late empathy")
            start = max(start, anger_start + int(tn["min_rel"] * 100) + rng.randint(0, 200))
        noised = rng.random() < p_noise
        drop_all = lang == "vi" and noised and rng.random() < 0.1
        groups = [[]]
        for k, (text, tags, cats, prot) in enumerate(tn["pieces"]):
            toks = text.split()
            if noised:
                toks = noise_piece(toks, lang, rng, prot, "drop_all" if drop_all else "")
                if k == 0 and not prot and rng.random() < 0.12:
                    toks = rng.choice(EN_FILL if lang == "en" else VI_FILL).split() + toks
            if not toks:
                continue
            if tn["split"] and k > 0 and groups[-1]:
                groups.append([])
            groups[-1].append((toks, tags, cats))
        cur = start
        for gi, grp in enumerate(groups):
            if gi:
                cur += rng.randint(30, 80)
            words = []
            for toks, tags, cats in grp:
                if words:
                    cur += rng.randint(5, 25)
                pstart = cur
                for tok in toks:
                    d = int(max(15, min(70, 12 + 4.5 * len(tok))) * speed * rng.uniform(0.85, 1.15))
                    words.append([cur, cur + d, tok])
                    cur += d + rng.randint(2, 10)
                recs.append({"spk": spk, "tags": tags, "cats": cats, "s": pstart,
                             "seg": len(segs)})
            seg = {"speaker": spk, "s": words[0][0], "e": words[-1][1], "words": words,
                   "neg": tn["neg"], "sent": "negative" if tn["neg"] else tn["sent"]}
            if tn["interrupt"] and gi == 0:
                prev = segs[-1]
                inter.append({"speaker": spk, "interrupted": prev["speaker"],
                              "start_s": seg["s"] / 100, "overlap_s": (prev["e"] - seg["s"]) / 100})
            segs.append(seg)
            cur = seg["e"]
        if tn["neg"] and anger_start is None:
            anger_start = segs[-1]["s"]
        if tn["raised"]:
            sg = segs[-1]
            a = sg["s"] + rng.randint(10, 60)
            b = sg["e"] - rng.randint(10, 40)
            if b - a < 80:
                raise Redraw("raised too short")
            sg["raised"] = (a, b)
        last_end = max(last_end, max(sg["e"] for sg in segs))
    return segs, recs, inter


# ---------------------------------------------------------------------------------------------
# truth from tagged pieces
# ---------------------------------------------------------------------------------------------
WIN_IN = {"greet": 2000, "company": 2000, "name": 3000, "offer": 4500}
WIN_OUT = {"name": 3000, "company": 3000, "purpose": 6000, "record": 6000, "consent": 9000}


def compute_truth(lang, direction, segs, recs, inter):
    end = max(s["e"] for s in segs)
    tail = end - 2500
    ag = [r for r in recs if r["spk"] == "agent"]

    def first(tag, cond=lambda r: True):
        xs = [r["s"] for r in ag if tag in r["tags"] and cond(r)]
        return min(xs) if xs else None

    tr = {k: "not_applicable" for k in KEYS}
    edges = []
    pf = {True: "pass", False: "fail"}
    if direction == "inbound":
        for key, tag in (("inbound/greeting", "greet"), ("inbound/company_name", "company"),
                         ("inbound/self_intro", "name"), ("inbound/offer_help", "offer")):
            v = first(tag)
            tr[key] = pf[v is not None and v < WIN_IN[tag]]
            edges += [(r, WIN_IN[tag]) for r in ag if tag in r["tags"]]
        tr["inbound/confirm_problem"] = pf[first("restate") is not None]
        tr["inbound/resolution"] = pf[first("resolve") is not None]
        tr["inbound/anything_else"] = pf[first("anyelse") is not None]
        th = first("thanks", lambda r: r["s"] > tail)
        by = first("bye", lambda r: r["s"] > tail)
        edges += [(r, tail) for r in ag if "thanks" in r["tags"] or "bye" in r["tags"]]
        tr["inbound/thanks"] = pf[th is not None]
        tr["inbound/goodbye"] = pf[by is not None]
        if tr["inbound/greeting"] == "pass" and tr["inbound/resolution"] == "pass":
            tr["inbound/greeting_before_resolution"] = pf[first("resolve") > first("greet")]
        if th is not None and by is not None:
            tr["inbound/thanks_before_goodbye"] = pf[th < by]
    else:
        for key, tag in (("outbound/identify_self", "name"),
                         ("outbound/identify_company", "company"),
                         ("outbound/purpose", "purpose"),
                         ("outbound/recording_disclosure", "record")):
            v = first(tag)
            tr[key] = pf[v is not None and v < WIN_OUT[tag]]
            edges += [(r, WIN_OUT[tag]) for r in ag if tag in r["tags"]]
        if tr["outbound/recording_disclosure"] == "pass":
            v = first("consent")
            tr["outbound/consent"] = pf[v is not None and v < 9000]
            edges += [(r, 9000) for r in ag if "consent" in r["tags"]]
    neg = [s for s in segs if s["speaker"] == "customer" and s["neg"]]
    if neg:
        a = min(s["s"] for s in neg)
        em = [r["s"] for r in ag if "empathy" in r["tags"] and a <= r["s"] <= a + 2000]
        tr["angry_caller/empathy"] = pf[bool(em)]
        edges += [(r, a) for r in ag if "empathy" in r["tags"]]
        edges += [(r, a + 2000) for r in ag if "empathy" in r["tags"]]
        bad = any(i["speaker"] == "agent" and any(
            s["s"] <= round(i["start_s"] * 100) < s["e"] for s in neg) for i in inter)
        tr["angry_caller/no_interrupting_angry_customer"] = pf[not bad]
    tr["angry_caller/no_blame"] = pf[first("blame") is None]
    tr["forbidden/profanity"] = pf[first("swear") is None]
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = pf[first("strict") is None]
    tr["forbidden/rude"] = pf[first("rude") is None]
    tr["forbidden/no_card_readback"] = pf[first("card") is None]
    for r, edge in edges:
        if abs(r["s"] - edge) < 200:
            raise Redraw("edge")
        if (segs[r["seg"]]["s"] < edge) != (r["s"] < edge):
            raise Redraw("edge-seg")
    for r in ag:
        if ("thanks_mid" in r["tags"] or "greet2" in r["tags"]) and r["s"] > end - 2800:
            raise Redraw("mid thanks late")
    return tr


# ---------------------------------------------------------------------------------------------
# independent text check (row only: words, times, sentiment, metadata, metrics)
# ---------------------------------------------------------------------------------------------
KW = {
    "en": {
        "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome",
                  "good day"],
        "company": ["acme", "acne", "ackmee", "akmay"],
        "offer": ["help", "assist", "how can", "what can", "how may", "do for you"],
        "thanks": ["thank", "thanks", "cheers", "ta", "grateful"],
        "bye": ["bye", "goodbye", "take care", "have a", "enjoy", "all the best", "good night",
                "see you", "cheerio"],
        "anyelse": ["else", "any other", "anything more"],
        "record": ["record", "recorded", "recording"],
        "empathy": ["sorry", "understand", "apologise", "apologies", "apologize", "shock",
                    "rotten", "upsetting", "awful", "dreadful", "frustrating", "worrying"],
    },
    "vi": {
        "greet": ["chào", "alô", "xin chào"],
        "company": ["abc", "a bờ cờ", "ây bê cê", "ê bờ xê"],
        "offer": ["giúp", "hỗ trợ", "cần gì", "support"],
        "thanks": ["cảm ơn", "cám ơn"],
        "bye": ["chào", "tạm biệt", "chúc"],
        "anyelse": ["gì khác", "gì nữa", "gì thêm", "thêm gì", "khác nữa"],
        "record": ["ghi âm"],
        "empathy": ["xin lỗi", "thông cảm", "tiếc", "hoảng", "bực"],
    },
}
EN_SWEARS = {"shit's", "shit", "bloody", "damn", "crap", "christ", "piss", "bugger", "hell",
             "arse", "sodding"}
VI_STRICT = {"đéo", "địt", "đụ", "vãi", "lồn"}


def tok_eq(tok, kw, lang):
    if tok == kw:
        return True
    if lang == "vi" and strip_marks(tok) == tok:
        return tok == strip_marks(kw)
    if lang == "en" and kw in ("thank", "record", "apolog", "help", "assist"):
        return tok.startswith(kw)
    return False


def kw_starts(words, kws, lang):
    toks = [clean_tok(w[2]) for w in words]
    out = []
    for kw in kws:
        parts = kw.split()
        for i in range(len(toks) - len(parts) + 1):
            if all(tok_eq(toks[i + j], parts[j], lang) for j in range(len(parts))):
                out.append(words[i][0])
    return out


def has_kw(words, kws, lang):
    return bool(kw_starts(words, kws, lang))


def text_check(row):
    lang = row["language"]
    k = KW[lang]
    tr = row["truth"]
    segs = row["segments"]
    end = max(s["end"] for s in segs)
    aw = [w for s in segs if s["speaker"] == "agent" for w in s["words"]]
    inb = row["metadata"]["direction"] == "inbound"
    errs = []

    def win(a, b):
        return [w for w in aw if a <= w[0] < b]

    def absent(key, kws, a, b):
        if tr[key] == "fail" and has_kw(win(a, b), kws, lang):
            errs.append(key)

    given = row["metadata"]["agent_name"].split()[0 if lang == "en" else -1].lower()
    if inb:
        absent("inbound/greeting", k["greet"], 0, 21)
        absent("inbound/company_name", k["company"], 0, 21)
        absent("inbound/self_intro", [given], 0, 31)
        absent("inbound/offer_help", k["offer"], 0, 46)
        absent("inbound/anything_else", k["anyelse"], 0, 1e9)
        absent("inbound/thanks", k["thanks"], end - 26, 1e9)
        absent("inbound/goodbye", k["bye"], end - 26, 1e9)
        if tr["inbound/thanks_before_goodbye"] == "fail":
            tw = kw_starts(win(end - 25, 1e9), k["thanks"], lang)
            bw = kw_starts(win(end - 25, 1e9), k["bye"], lang)
            if not (tw and bw and min(bw) < min(tw)):
                errs.append("tbg")
    else:
        absent("outbound/identify_self", [given], 0, 31)
        absent("outbound/identify_company", k["company"], 0, 31)
        absent("outbound/recording_disclosure", k["record"], 0, 61)
    negs = [s for s in segs if s["speaker"] == "customer" and s is not None
            and row["sentiment"][segs.index(s)] == "negative"]
    if not negs and tr["angry_caller/empathy"] != "not_applicable":
        errs.append("empathy-na")
    if negs:
        a = min(s["start"] for s in negs)
        absent("angry_caller/empathy", k["empathy"], a, a + 21)
        bad = any(i["speaker"] == "agent" and any(
            s["start"] <= i["start_s"] < s["end"] for s in negs)
            for i in row["metrics"]["interruptions"])
        if (tr["angry_caller/no_interrupting_angry_customer"] == "fail") != bad:
            errs.append("interrupt")
    toks = [clean_tok(w[2]) for w in aw]
    if lang == "en":
        sw = any(t in EN_SWEARS for t in toks)
        if sw != (tr["forbidden/profanity"] == "fail"):
            errs.append("swear")
    else:
        st = any(w[2].lower().strip(PUNCT) in VI_STRICT for w in aw)
        if st != (tr["forbidden/profanity_vi_strict"] == "fail"):
            errs.append("strict")
        if st != (tr["forbidden/profanity"] == "fail"):
            errs.append("vi-profanity")
    card = False
    for s in segs:
        if s["speaker"] != "agent":
            continue
        ts = [clean_tok(w[2]) for w in s["words"]]
        run = 0
        for i, t in enumerate(ts):
            run = run + len(t) if t.isdigit() else 0
            if run >= 12:
                card = True
            if t in ("code", "cvv", "mật"):
                if any(x.isdigit() and len(x) == 3 for x in ts[i + 1:i + 4]):
                    card = True
    if card != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append("card")
    return errs


# ---------------------------------------------------------------------------------------------
# row assembly and structure validation
# ---------------------------------------------------------------------------------------------
QUEUES = {
    "en": [("fraud", "fraud"), ("card_lost", "cards"), ("payment", "payments"),
           ("outage", "digital"), ("complaint", "complaints"), ("billing", "billing"),
           ("address_change", "accounts"), ("cancellation", "accounts"), ("refund", "disputes")],
    "vi": [("fraud", "gian_lan"), ("card_lost", "the"), ("payment", "thanh_toan"),
           ("outage", "ky_thuat"), ("complaint", "khieu_nai"), ("billing", "phi"),
           ("address_change", "tai_khoan"), ("cancellation", "tai_khoan"),
           ("refund", "tra_soat")],
}


def make_row(idx, lang, call, segs, recs, inter, truth, noise_level):
    pl = call.plan
    cats = sorted({c for r in recs if r["spk"] == "customer" for c in r["cats"]}
                  | ({"complaint"} if pl["anger_mode"] else set()))
    direction = pl["direction"]
    if direction == "outbound":
        queue = "outbound_care" if lang == "en" else "goi_ra"
    else:
        queue = "general" if lang == "en" else "tong_dai"
        for c, q in QUEUES[lang]:
            if c in pl["scenario"][1]:
                queue = q
                break
    out_segs = []
    raised = []
    for s in segs:
        words = [[w[0] / 100, w[1] / 100, w[2]] for w in s["words"]]
        out_segs.append({"speaker": s["speaker"], "start": s["s"] / 100, "end": s["e"] / 100,
                         "text": " ".join(w[2] for w in words), "words": words})
        if s.get("raised"):
            raised.append({"speaker": "customer", "start_s": s["raised"][0] / 100,
                           "end_s": s["raised"][1] / 100,
                           "above_median_db": round(call.rng.uniform(7.5, 14.5), 1)})
    faults = [k for k in KEYS if truth[k] == "fail"]
    sp = pl["speaker"][0]
    ctx = "%s/%s; %s; %s; %s call; noise %d; %s" % (
        direction, pl["scenario"][0], sp, pl["agent"][1], "long" if len(segs) >= 21 else "short",
        noise_level, "angry" if pl["anger_mode"] else "calm")
    dec = []
    for d in call.dec:
        if d not in dec:
            dec.append(d)
    return {
        "id": "%s-%s-%03d" % (lang, SPLIT, idx), "split": SPLIT, "language": lang,
        "metadata": {"direction": direction, "queue": queue, "agent_name": pl["agent"][0],
                     "language": lang},
        "faults": faults, "decoys": dec, "context": ctx, "segments": out_segs,
        "sentiment": [s["sent"] for s in segs],
        "metrics": {"speaker_separated": True, "interruptions": inter,
                    "raised_voice": raised},
        "truth": truth, "categories": cats,
    }


def structure_check(row):
    errs = []
    if list(row["truth"]) != KEYS:
        errs.append("keys")
    if row["faults"] != [k for k in KEYS if row["truth"][k] == "fail"]:
        errs.append("faults")
    if len(row["faults"]) > 3:
        errs.append("too many faults")
    segs = row["segments"]
    n = len(segs)
    if not (9 <= n <= 15 or 21 <= n <= 34):
        errs.append("segcount %d" % n)
    if len(row["sentiment"]) != n:
        errs.append("sentiment")
    istarts = {(i["speaker"], i["start_s"]) for i in row["metrics"]["interruptions"]}
    for i, s in enumerate(segs):
        if " ".join(w[2] for w in s["words"]) != s["text"]:
            errs.append("text")
        prev = s["start"]
        for w in s["words"]:
            if not (s["start"] <= w[0] < w[1] <= s["end"]) or w[0] < prev:
                errs.append("word times")
            for v in w[:2]:
                if abs(v * 100 - round(v * 100)) > 1e-6:
                    errs.append("grid")
            prev = w[1]
        if s["words"][0][0] != s["start"] or s["words"][-1][1] != s["end"]:
            errs.append("seg bounds")
        if i and s["start"] < segs[i - 1]["start"]:
            errs.append("order")
        if i and s["start"] < max(x["end"] for x in segs[:i]):
            if (s["speaker"], s["start"]) not in istarts:
                errs.append("overlap")
    for rv in row["metrics"]["raised_voice"]:
        if not any(row["sentiment"][i] == "negative" and s["speaker"] == "customer"
                   and s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
                   for i, s in enumerate(segs)):
            errs.append("raised")
    end = max(s["end"] for s in segs)
    if not (50 <= end <= 240):
        errs.append("length")
    if row["categories"] != sorted(set(row["categories"])) or \
            not set(row["categories"]) <= set(CATS):
        errs.append("cats")
    if row["language"] == "en" and row["truth"]["forbidden/profanity_vi_strict"] != \
            "not_applicable":
        errs.append("strict en")
    return errs


# ---------------------------------------------------------------------------------------------
# fault plan
# ---------------------------------------------------------------------------------------------
APART = [("inbound/greeting", "inbound/greeting_before_resolution"),
         ("inbound/resolution", "inbound/greeting_before_resolution"),
         ("inbound/thanks", "inbound/thanks_before_goodbye"),
         ("inbound/goodbye", "inbound/thanks_before_goodbye"),
         ("inbound/thanks", "inbound/goodbye"),
         ("inbound/anything_else", "inbound/thanks_before_goodbye"),
         ("outbound/recording_disclosure", "outbound/consent")]


def plan_language(lang):
    rng = R(SEED + "/plan/" + lang)
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    rng.shuffle(dirs)
    inb = [i for i in range(150) if dirs[i] == "inbound"]
    outb = [i for i in range(150) if dirs[i] == "outbound"]
    free = set(rng.sample(inb, 16)) | set(rng.sample(outb, 6))
    faults = {i: [] for i in range(150)}
    tokens = []
    order = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
             "outbound/consent", "outbound/recording_disclosure"]
    order += [k for k in KEYS if k not in order and k != "forbidden/profanity_vi_strict"]
    for k in order:
        n = 10 if (lang == "vi" and k == "forbidden/profanity") else 9
        if k in INB:
            tokens += [(k, "inbound")] * n
        elif k in OUTB:
            tokens += [(k, "outbound")] * n
        else:
            tokens += [(k, "outbound")] * 2 + [(k, "inbound")] * (n - 2)

    def keys_of(k):
        if k == "forbidden/profanity" and lang == "vi":
            return [k, "forbidden/profanity_vi_strict"]
        return [k]

    for k, d in tokens:
        cands = [i for i in (inb if d == "inbound" else outb) if i not in free]
        rng.shuffle(cands)
        cands.sort(key=lambda i: len(faults[i]))
        for i in cands:
            ks = keys_of(k)
            have = faults[i]
            if any(x in have for x in ks) or len(have) + len(ks) > 3:
                continue
            if any((a in have and b in ks) or (b in have and a in ks) for a, b in APART):
                continue
            have.extend(ks)
            break
        else:
            raise SystemExit("cannot place %s" % k)
    # anger
    need = [i for i in range(150) if "angry_caller/empathy" in faults[i]
            or "angry_caller/no_interrupting_angry_customer" in faults[i]]
    rest = [i for i in range(150) if i not in need]
    rng.shuffle(rest)
    angry = set(need) | set(rest[:34 - len(need)])
    # scenarios, speakers, agents
    sin, sout, agents, speakers = LANGS[lang][1:5]
    si = list(range(len(sin)))
    so = list(range(len(sout)))
    rng.shuffle(si)
    rng.shuffle(so)
    ag = list(range(len(agents)))
    rng.shuffle(ag)
    plans = []
    ci = co = 0
    line_i = {"blame": 0, "rude": 0, "swear": 0}
    card_n = 0
    for i in range(150):
        d = dirs[i]
        if d == "inbound":
            scn = sin[si[ci % len(si)]]
            ci += 1
            mode = rng.choice(["problem", "problem", "after_restate", "late"]) \
                if i in angry else ""
        else:
            scn = sout[so[co % len(so)]]
            co += 1
            mode = "out" if i in angry else ""
        F = [k for k in KEYS if k in faults[i]]
        pl = {"direction": d, "scenario": scn, "faults": F, "long": False,
              "anger_mode": mode, "agent": agents[ag[i % len(ag)]],
              "speaker": speakers[rng.randrange(len(speakers))]}
        if "angry_caller/empathy" in F:
            opts = ["none", "late", "early_only"] if d == "inbound" else ["none", "late"]
            pl["emp_var"] = rng.choice(opts)
        for key, fk in (("blame", "angry_caller/no_blame"), ("rude", "forbidden/rude"),
                        ("swear", "forbidden/profanity")):
            if fk in F:
                pl[key + "_i"] = line_i[key]
                line_i[key] += 1
        if "forbidden/no_card_readback" in F:
            pl["card_code"] = card_n % 3 == 2
            card_n += 1
        plans.append(pl)
    # the 50 calls with the most fixed turns are the long ones
    size = []
    for i, pl in enumerate(plans):
        pl["n_fill"] = 0
        n = 0
        for j in range(6):
            call = Call(lang, R("%s/draft/%s/%d/%d" % (SEED, lang, i, j)), pl)
            T = call.inbound() if pl["direction"] == "inbound" else call.outbound()
            n = max(n, len(T))
        size.append((n + rng.random(), i))
    size.sort(reverse=True)
    for _, i in size[:44]:
        plans[i]["long"] = True
    return plans


def build_call(lang, idx_local, pl):
    gidx = idx_local if lang == "en" else idx_local + 150
    stats = {}
    for attempt in range(3000):
        key = "%s/%s/%d/%d" % (SEED, lang, gidx, attempt)
        pl["n_fill"] = 0
        call = Call(lang, R(key), pl)
        T = call.inbound() if pl["direction"] == "inbound" else call.outbound()
        nseg = sum(1 + (1 if t["split"] else 0) for t in T)
        rng = R(key + "/size")
        target = rng.randint(23, 32) if pl["long"] else rng.randint(10, 15)
        if nseg > 14 and not pl["long"]:
            target = rng.randint(22, 26)
        pl["n_fill"] = max(0, (target - nseg) // 2)
        rng = R(key)
        call = Call(lang, rng, pl)
        T = call.inbound() if pl["direction"] == "inbound" else call.outbound()
        level = rng.choice([0, 1, 1, 2, 2, 2, 3, 3])
        try:
            segs, recs, inter = layout(call, T, level)
            truth = compute_truth(lang, pl["direction"], segs, recs, inter)
        except Redraw as e:
            stats[str(e)] = stats.get(str(e), 0) + 1
            continue
        fails = [k for k in KEYS if truth[k] == "fail"]
        if fails != pl["faults"]:
            stats["plan"] = stats.get("plan", 0) + 1
            continue
        row = make_row(gidx, lang, call, segs, recs, inter, truth, level)
        e1 = structure_check(row)
        if e1:
            key = "struct:" + e1[0].split()[0]
            stats[key] = stats.get(key, 0) + 1
            continue
        e2 = text_check(row)
        if e2:
            stats["text:" + e2[0]] = stats.get("text:" + e2[0], 0) + 1
            continue
        stats["ok"] = 1
        return row, stats
    raise SystemExit("cannot draw %s %d: %s %s" % (lang, gidx, pl["faults"], stats))


# ---------------------------------------------------------------------------------------------
# build, validate, tables
# ---------------------------------------------------------------------------------------------
def build():
    rows = []
    draws = {}
    for lang in ("en", "vi"):
        for i, pl in enumerate(plan_language(lang)):
            row, st = build_call(lang, i, pl)
            rows.append(row)
            for k, v in st.items():
                draws[k] = draws.get(k, 0) + v
    return rows, draws


def validate(rows):
    errs = []
    ids = [r["id"] for r in rows]
    want = ["en-%s-%03d" % (SPLIT, i) for i in range(150)]
    want += ["vi-%s-%03d" % (SPLIT, i) for i in range(150, 300)]
    if ids != want:
        errs.append("ids")
    for r in rows:
        for e in structure_check(r) + text_check(r):
            errs.append("%s: %s" % (r["id"], e))
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        if sum(r["metadata"]["direction"] == "inbound" for r in rs) != 110:
            errs.append("%s inbound count" % lang)
        nlong = sum(len(r["segments"]) >= 21 for r in rs)
        if not 40 <= nlong <= 60:
            errs.append("%s long count %d" % (lang, nlong))
        for k in KEYS:
            nf = sum(r["truth"][k] == "fail" for r in rs)
            need = 0 if (lang == "en" and k == "forbidden/profanity_vi_strict") else 9
            if lang == "vi" and k == "forbidden/profanity_vi_strict":
                need = 10
            if nf < need:
                errs.append("%s %s fails %d" % (lang, k, nf))
    for k in KEYS:
        if sum(r["truth"][k] == "pass" for r in rows) < 40:
            errs.append("%s passes" % k)
    if sum(not r["faults"] for r in rows) < 40:
        errs.append("fault-free")
    for c in CATS:
        if sum(c in r["categories"] for r in rows) < 15:
            errs.append("category %s" % c)
    return errs


def tables(rows):
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            rs = [r for r in rows if r["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(r["truth"][k] == v for r in rs)))
        out.append("| %s | %s |" % (k, " | ".join(cells)))
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        n = [sum((c in r["categories"]) if c != "(none)" else not r["categories"]
                 for r in rows if r["language"] == lang) for lang in ("en", "vi")]
        out.append("| %s | %d | %d | %d |" % (c, n[0], n[1], n[0] + n[1]))
    nf = [sum(len(r["faults"]) == j for r in rows) for j in range(4)]
    out += ["", "Faults per call: 0 in %d, 1 in %d, 2 in %d, 3 in %d." % tuple(nf)]
    ang = [r for r in rows if "negative" in r["sentiment"]]
    out.append("Anger: %d calls (%d inbound, %d outbound); raised voice in %d; interruptions "
               "recorded in %d calls." % (
                   len(ang), sum(r["metadata"]["direction"] == "inbound" for r in ang),
                   sum(r["metadata"]["direction"] == "outbound" for r in ang),
                   sum(bool(r["metrics"]["raised_voice"]) for r in rows),
                   sum(bool(r["metrics"]["interruptions"]) for r in rows)))
    lens = [max(s["end"] for s in r["segments"]) for r in rows]
    nseg = [len(r["segments"]) for r in rows]
    out.append("Segments %d-%d; %.1f-%.1f s; long calls %d." % (
        min(nseg), max(nseg), min(lens), max(lens), sum(n >= 21 for n in nseg)))
    dc = {}
    for r in rows:
        for d in r["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    out.append("Decoys: " + ", ".join("%s %d" % (d, dc[d]) for d in sorted(dc)))
    return "\n".join(out)


def main():
    rows, draws = build()
    errs = validate(rows)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit("validation failed: %d problems" % len(errs))
    if "--check" in sys.argv[1:]:
        if OUT.read_bytes() != data:
            raise SystemExit("heldout17.jsonl differs from a fresh build")
        print("check: heldout17.jsonl is byte-identical to a fresh build")
    else:
        OUT.write_bytes(data)
        print("wrote %s (%d rows)" % (OUT.name, len(rows)))
    print("draws: " + ", ".join("%s %d" % (k, draws[k]) for k in sorted(draws)))
    print(tables(rows))


if __name__ == "__main__":
    main()
