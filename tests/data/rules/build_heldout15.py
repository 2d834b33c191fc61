#!/usr/bin/env python3
"""Build the blind held-out set heldout15 (call-centre compliance rules and categories).

Standard library only. Deterministic: every generator is seeded from a SHA-256 of a string.
    python3 tests/data/rules/build_heldout15.py           # write, validate, print tables
    python3 tests/data/rules/build_heldout15.py --check   # rebuild in memory, compare bytes
"""
import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = "heldout15-20261504"
OUT = Path(__file__).resolve().parent / "heldout15.jsonl"
SPLIT = "heldout15"
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
INB = KEYS[:11]
OUTB = KEYS[11:16]
GEN = ["angry_caller/empathy", "angry_caller/no_blame",
       "angry_caller/no_interrupting_angry_customer", "forbidden/profanity", "forbidden/rude",
       "forbidden/no_card_readback"]
CATS = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
        "address_change", "payment", "fraud"]


def rng_for(*parts):
    h = hashlib.sha256("|".join([SEED] + [str(p) for p in parts]).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


# ---------------------------------------------------------------- English wordings
# inbound scenario: key, categories, problem line, paraphrase, paraphrase as question,
# concrete resolution, decoy tag or ""
EN_IN = [
    ("mortgage_overpay_wrong_loan", ["payment"],
     "I sent two thousand pounds as an overpayment on my mortgage and it landed on my car loan "
     "instead.",
     "Right, so your lump sum meant for the house loan got credited to the car loan by mistake.",
     "So the extra money hit the car loan rather than the mortgage, is that right?",
     "I've raised a transfer to move the two thousand across to the mortgage, it shows within "
     "three working days and you'll get a letter confirming it.", ""),
    ("currency_wedding", ["payment"],
     "I want to pay for some euros to collect before my daughter's wedding in Crete.",
     "Okay, you'd like to buy euros to pick up ahead of a family wedding abroad.",
     "You're after holiday money in euros for a wedding overseas, have I got that?",
     "I've placed the order for eight hundred euros, it'll be at the Kendal branch on Thursday "
     "and you bring photo ID.", ""),
    ("skimmed_pump", ["fraud"],
     "There are three charges in Leicester I never made, I think my card got copied at a petrol "
     "pump.",
     "So a fuel station reader may have cloned your card and someone's spending in Leicester.",
     "So purchases turned up in a town you weren't in after you filled up, is that it?",
     "I've stopped that card, the three payments are disputed, and a new card goes out by post "
     "within five days.", ""),
    ("care_home_so_stopped", ["payment"],
     "The monthly payment to my mum's care home stopped going out and they've sent a reminder.",
     "So the regular transfer to the care home didn't run this month and they're chasing it.",
     "So the standing order for the care home quietly stopped, is that what's happened?",
     "I've set the standing order up again from the first, and I've sent this month's amount "
     "today so it arrives by tomorrow.", ""),
    ("bereavement_joint", [],
     "My husband passed away last month and I need to close his name off our joint account.",
     "I see, you need your late husband taken off the joint account.",
     "So the joint account needs to move into your sole name now, have I understood?",
     "I've opened a bereavement case, our team will phone you within two working days and you "
     "can post the death certificate or bring it to any branch.", ""),
    ("cashback_unpaid", ["refund"],
     "I signed up for the cashback offer on groceries and I never got the money back they "
     "promised.",
     "So the cashback from the grocery offer never turned up on your account.",
     "The cashback you qualified for hasn't been credited, is that right?",
     "I can see you qualified, I've credited twenty four pounds fifty now and it shows on "
     "tonight's balance.", ""),
    ("contactless_limit", [],
     "What's the most I can pay by tapping my card, the shop said it was too much.",
     "Okay, you're asking how high a single tap payment can go.",
     "You want to know the ceiling for a tap payment, is that it?",
     "The limit per tap is one hundred pounds, above that you put the card in and use your PIN.",
     ""),
    ("cheque_book", [],
     "Can I get a new cheque book, I've run out and my landlord still wants cheques.",
     "Right, you need a fresh book of cheques for paying your rent.",
     "So you're out of cheques and need another book, yes?",
     "I've ordered a thirty page cheque book to your home address, it arrives in five to seven "
     "days.", ""),
    ("payee_mismatch", ["payment"],
     "I tried to pay my plumber and the app says the name doesn't match the account.",
     "So the app flagged that the name you typed isn't the one on the plumber's account.",
     "The payee check came back as not matching, is that right?",
     "Ask the plumber for the exact name on his account, then enter it again, and the payment "
     "goes straight through today.", ""),
    ("gambling_block", [],
     "I want a block put on my card so it won't work on betting sites, I'm trying to stop.",
     "Okay, you'd like gambling spending switched off on your card.",
     "So you want betting payments stopped on the card from now on, have I got that?",
     "I've switched the gambling block on now, it stays on for at least forty eight hours "
     "even if you ask to lift it.", ""),
    ("gym_duplicate_dd", ["refund"],
     "I cancelled my gym and they've still taken two direct debits this month, I want it "
     "back.",
     "So the gym took two collections after you'd ended the membership and you want them "
     "returned.",
     "So two gym debits came out after you'd left, and you'd like that money back?",
     "I've raised a direct debit guarantee claim for both, the money is back in your account "
     "within two working days.", ""),
    ("loan_holiday", [],
     "I've been put on short hours, can I pause my personal loan for a couple of months?",
     "Right, your hours were cut and you're asking to take a break from the loan repayments.",
     "So you'd like a short payment break on the loan while your hours are down, yes?",
     "I've sent the payment break form to your email, fill it in today and our team decides "
     "within five working days.", ""),
    ("parking_fake_site", ["fraud", "refund"],
     "I paid a parking fine on a website that turned out to be fake, can I get that money back?",
     "So the parking penalty site was a scam and you want the payment recovered.",
     "You paid a fine to a copycat site and want it returned, is that right?",
     "I've blocked your card and opened a scam claim, our fraud team will update you by text "
     "within ten working days.", ""),
    ("trader_payouts_late", ["complaint"],
     "I run a market stall and my card reader takings are three days late again, I want to "
     "complain properly.",
     "So the money from your card machine is arriving days behind and you want a formal "
     "complaint logged.",
     "Your stall takings keep landing late and you'd like it on record, is that it?",
     "I've logged a formal complaint with reference ending four one, and our merchant team "
     "will ring you by Friday.", ""),
    ("power_attorney", [],
     "I've got power of attorney for my dad and need to register it with you.",
     "Okay, you need to get the attorney paperwork for your father added to his accounts.",
     "So you want the power of attorney recorded against your dad's account, yes?",
     "Bring the original document and your ID to any branch, they scan it there and it's live "
     "within ten days.", ""),
    ("overseas_pension", ["billing"],
     "My pension from Spain came in short and there's a fee on the statement I don't get.",
     "So the Spanish pension arrived lower than expected with a charge you don't recognise.",
     "So a fee was taken off the Spanish pension, is that what you're seeing?",
     "That's our six pound overseas receiving charge; I've emailed you the price list and you can "
     "switch to the fee free option online.", ""),
    ("visa_statement", [],
     "I need a stamped bank statement for my visa application by next week.",
     "Right, the embassy needs an official stamped statement from us.",
     "You need an official statement for the visa, is that it?",
     "I've ordered a stamped statement for the last six months, it'll be posted tomorrow first "
     "class.", ""),
    ("statement_fee_refunded", ["billing"],
     "There's a charge on my statement called account maintenance, what is that?",
     "So you've spotted a maintenance charge and want to know what it's for.",
     "You're asking about the maintenance line on the statement, yes?",
     "That fee shouldn't apply to your account type, so I've put the five pounds back already, "
     "it shows tonight.", "fee_refunded_unasked"),
    ("app_fixed_past", ["address_change"],
     "The app was down on Monday but it's fine now, I just need to change my address.",
     "Okay, you're moving and want the address on file updated.",
     "So today it's only the address that needs changing, right?",
     "I've changed the address to Flat 3, Mill Court, and a confirmation letter goes to the new "
     "address.", "outage_past_fixed"),
    ("lost_last_year", ["billing"],
     "I lost my card last year and got a new one, but now the annual fee has gone up, why?",
     "So it's the rise in the yearly card charge you're asking about.",
     "You want to know why the yearly fee went up, is that right?",
     "The fee rose to thirty pounds in March; I've sent the notice to your inbox, and you can "
     "move to the no fee card in the app.", "card_lost_last_year"),
    ("cancel_changed_mind", [],
     "I was going to cancel my credit card, but if you can lower the rate I'll keep it.",
     "So you'll stay with the card if the interest rate can come down.",
     "You'd keep the card if we can cut the rate, have I got that?",
     "I've moved you to the lower rate of nineteen percent from today, so the card stays open.",
     "cancellation_decided_against"),
    ("friend_fraud", [],
     "My neighbour had money taken from her account, how does she report it?",
     "So you're asking how your neighbour can report money taken from her account.",
     "You want to know how she reports it, is that it?",
     "She should ring the number on the back of her card today or use the report button in "
     "her own app.", "someone_elses_fraud"),
    ("website_down_now", ["outage"],
     "Your website keeps throwing me out at the login page since this morning.",
     "So the online banking site is kicking you out at sign in.",
     "The site logs you out at the sign in page every time, is that right?",
     "There's a fault on our side fixed by six tonight; until then the mobile app works and "
     "I'll text you when it's back.", ""),
    ("app_transfer_broken", ["outage"],
     "The app won't let me send money, the button just greys out.",
     "Okay, the transfer button in the app stays grey and does nothing.",
     "So the send money option is dead in the app, yes?",
     "Update the app to version nine point two from the store, that fixes the grey button, and "
     "I've texted you the link.", ""),
    ("card_left_taxi", ["card_lost"],
     "I left my debit card in a taxi last night and I can't get it back.",
     "So your debit card was left behind in a cab and it's gone.",
     "Your card's gone missing in a taxi, is that right?",
     "I've cancelled the card, a new one goes out today by post and arrives in three to five "
     "days.", ""),
    ("card_stolen_festival", ["card_lost", "fraud"],
     "My bag was nicked at a festival and there's a payment for a hotel I never booked.",
     "So your card was taken with your bag and someone's used it for a hotel.",
     "The card was stolen and there's a hotel payment you didn't make, yes?",
     "I've stopped the card, the hotel charge is under dispute, and a new card arrives within "
     "five days.", ""),
    ("move_new_house", ["address_change"],
     "We've just moved house so I need my address updated please.",
     "Right, you've moved and need your address on the account changed.",
     "So your address on file needs updating after the move, yes?",
     "I've updated it to 14 Larch Grove and the change shows on your next statement.", ""),
    ("close_savings", ["cancellation"],
     "I want to close my old savings account, I don't use it any more.",
     "Okay, you'd like the unused savings account shut down.",
     "So the old savings account can be closed, is that right?",
     "I've closed it and moved the balance of forty one pounds to your current account today.",
     ""),
    ("pay_credit_card", ["payment"],
     "I'd like to pay off my credit card balance today please.",
     "So you want to clear the card balance now.",
     "You'd like to settle the whole card balance today, yes?",
     "I've taken the payment of three hundred and twelve pounds from your current account, it "
     "clears tonight.", ""),
    ("double_charge_hotel", ["billing", "refund"],
     "A hotel charged my card twice for the same night and I want one of them back.",
     "So you were billed two times for one stay and need the extra one returned.",
     "There are two hotel charges for one night, and you want one back, is that it?",
     "I've raised a dispute for the second charge, the money comes back within seven working "
     "days.", ""),
    ("overdraft_fee_question", ["billing"],
     "Why have I been charged an overdraft fee when I was only over for one day?",
     "Right, you want to know why a single day overdrawn triggered a charge.",
     "So one day in the red brought a fee, and you'd like to know why?",
     "The daily fee is charged on any day you're overdrawn; I've emailed you the fee table and "
     "set up a low balance alert.", ""),
    ("teen_first_account", [],
     "I'm sixteen and I want to open my first account, what do I need?",
     "So you're looking to open your first account at sixteen.",
     "You'd like to open your first account, yes?",
     "Apply in the app with your passport, it takes ten minutes and your card arrives within a "
     "week.", ""),
    ("complain_branch_shut", ["complaint"],
     "My local branch shut with no notice and I want to make a complaint about it.",
     "So the branch closed without warning and you want that raised as a complaint.",
     "You'd like a complaint recorded about the branch closure, is that it?",
     "I've logged the complaint, reference ending seven two, and you'll get a written reply "
     "within eight weeks.", ""),
    ("cancel_insurance_refund", ["cancellation", "refund"],
     "I want to cancel the phone insurance on my account and get back the last month I paid.",
     "So you'd like the phone cover ended and the last premium returned.",
     "You want the phone insurance stopped and last month back, yes?",
     "I've cancelled the cover today and refunded the nine pounds, it's back in your account "
     "within three days.", ""),
    ("unknown_subscription", ["fraud"],
     "There's a streaming subscription on my card I never signed up for.",
     "So a streaming service is charging your card and you didn't sign up.",
     "There's a subscription you don't recognise, is that right?",
     "I've blocked that merchant on your card and opened a dispute, you'll hear by text within "
     "ten days.", ""),
]

# outbound scenario: key, categories, purpose, customer reply, next step
EN_OUT = [
    ("out_pump_fraud", ["fraud"],
     "I'm calling because your card was used at a fuel station in Swindon this morning and we "
     "paused it.",
     "Swindon? I've never been there, that isn't me at all.",
     "I've cancelled the card and disputed the payment, a new card is on its way within five "
     "days."),
    ("out_loan_missed", ["payment"],
     "I'm ringing about this month's loan repayment, it didn't go through on the first.",
     "Oh no, I changed banks for my wages, I'll pay it now by card.",
     "I've taken the one hundred and forty pounds by card now, it clears tonight."),
    ("out_post_returned", ["address_change"],
     "The reason for my call is that our letters to you keep coming back undelivered.",
     "Ah, I moved in June, I need to give you my new address.",
     "I've updated your address to 2 Ferry Lane and we'll resend the letters this week."),
    ("out_fee_rise_cancel", ["cancellation"],
     "I'm calling to let you know the monthly fee on your packaged account goes up in May.",
     "In that case I want to cancel the package and go back to a basic account.",
     "I've switched you to the basic account from the first of May, no fee from then."),
    ("out_fee_twice", ["billing", "refund"],
     "I'm phoning because your annual card fee was charged twice by mistake.",
     "Twice? I'd like the extra one back please.",
     "I've refunded the second charge of thirty pounds, it shows within two days."),
    ("out_app_follow", ["outage"],
     "I'm calling to follow up on the app problem you reported, where it crashed on opening.",
     "It's still crashing every time I tap on it, actually.",
     "Please reinstall from the store; I've also sent a fix link by text, and I'll call back on "
     "Friday to check."),
    ("out_skim_warning", ["fraud"],
     "I'm calling about two payments in Dublin last night that look unusual on your card.",
     "I'm in Leeds, those aren't mine.",
     "I've blocked the card and raised a claim for both, a replacement goes out today."),
    ("out_saver_maturing", [],
     "I'm phoning because your fixed saver matures next week and we need your instructions.",
     "Oh right, what are my options?",
     "I've rolled it into the new one year saver at four point one percent from next Tuesday."),
    ("out_mortgage_overdue", ["payment"],
     "I'm calling as your mortgage payment is ten days overdue.",
     "I know, I'm sorry, can I pay it today?",
     "I've taken the payment from your savings now, and the arrears marker comes off tonight."),
    ("out_complaint_follow", ["complaint"],
     "I'm calling about the complaint you made last week about the branch queue.",
     "Yes, and I still want it taken higher, nobody replied to my letter.",
     "I've escalated it to the complaints manager, who'll write to you within five working "
     "days."),
    ("out_card_returned", ["card_lost"],
     "I'm ringing because the new card we sent came back to us, and your old one was reported "
     "lost.",
     "That's right, I lost the old one at the station, I still need a card.",
     "I've sent a new card to the branch in town, you can collect it from Wednesday with ID."),
    ("out_cashback_claw", ["billing"],
     "I'm calling to explain a cashback adjustment that appears on your next statement.",
     "An adjustment? What's that going to cost me?",
     "It's minus six pounds from a returned purchase; I've emailed the breakdown today."),
]

EN_AGENTS = [  # full name, given name, style
    ("Tobias Wren", "Tobias", "fast"), ("Anjali Mistry", "Anjali", "fast"),
    ("Declan Foy", "Declan", "title"), ("Marisol Vega", "Marisol", "title"),
    ("Kwame Asante", "Kwame", "sales"), ("Ingrid Holm", "Ingrid", "sales"),
    ("Rhys Tanner", "Rhys", "splitter"), ("Lorna Baxter", "Lorna", "splitter"),
    ("Emeka Obi", "Emeka", "script"), ("Hattie Crane", "Hattie", "script"),
    ("Felix Ambrose", "Felix", "humour"), ("Yusuf Karim", "Yusuf", "humour"),
]
EN_CUSTOMER_NAMES = ["Mr Okafor", "Mrs Pryce", "Ms Lindqvist", "Mr Kowalski", "Mrs McAllister",
                     "Mr Brennan", "Ms Adeyemi", "Mrs Hollis"]
# speaker: name, prefix for the problem line, suffix, word-speed factor
EN_SPEAKERS = [
    ("glaswegian_pensioner", "Aye hen, I'm seventy nine so bear with me.", "", 1.1),
    ("polish_builder", "Hello, my English not so good, sorry.", "Is problem, yes?", 1.05),
    ("teenager_first_account", "Um, so like, this is literally my first time phoning a bank.",
     "", 0.9),
    ("deaf_relay", "This is the relay operator, I'll voice what the caller types.",
     "Over to you, go ahead.", 1.15),
    ("noisy_pub", "You'll have to speak up, I'm in the pub and it's heaving.", "", 1.0),
    ("eating_caller", "Sorry, mouthful of toast, one sec.", "", 1.1),
    ("lawyer_writing", "I'm a solicitor, so I'll want all of this confirmed in writing.",
     "Please note that down.", 1.0),
    ("plain", "", "", 1.0),
]
EN = {
    "company": "Acme Bank",
    "greet": ["Good morning,", "Hello there,", "Good afternoon,", "Hi, good evening,"],
    "company_forms": ["you've reached Acme Bank.", "thanks for ringing Acme Bank.",
                      "this is Acme Bank."],
    "name_forms": ["{n} on the line.", "my name's {n}.", "you're through to {n}."],
    "name_unusual": ["how can I be of use today? Oh, and you're talking to {n}, by the way."],
    "offer_forms": ["How can I help today?", "What can I sort out for you?",
                    "How may I help you this morning?"],
    "offer_statement": ["I'm here to sort out whatever's going on with your account."],
    "team_only": ["you're through to the cards and payments team."],
    "fast_open": "Good morning Acme Bank {n} speaking how can I help you today",
    "script_open": "Good morning and thank you for calling Acme Bank, my name is {n}, how may "
                   "I help you today?",
    "title_use": "Thank you, {c}.",
    "sales_pitch": "By the way, {c}, you'd be a great fit for our rewards account, just saying.",
    "humour": "My screen's thinking about it, it's clearly had a long week too.",
    "cust_first": ["Hello? Hello, is this the bank?", "Oh, hi, is anyone there?"],
    "agent_not_answer": ["Just a second, my headset's crackling.",
                         "One moment, the line's a bit faint."],
    "quick_q": [("Before anything, what time do branches shut on Saturdays?",
                 "Branches close at one on Saturdays."),
                ("Quick question first, can I pay a cheque in at the Post Office?",
                 "Yes, any Post Office counter takes them with your card."),
                ("Before you start, is the lost card number open all night?",
                 "Yes, the lost card line is open twenty four hours.")],
    "greet_after_answer": ["Good afternoon, anyway,", "Hello, let me start properly,"],
    "verbatim_prefix": "Okay. ",
    "confirm_yes": ["Yes, that's it.", "Exactly right.", "That's the one, yes.", "Spot on."],
    "bare_ack": ["Okay.", "Right, right."],
    "id_q": ["Can I take your date of birth and postcode to get into the account?",
             "Can you confirm your date of birth for me first?"],
    "id_a": ["Twelfth of March sixty one, post code LS6 2PQ.", "Third of July, ninety eight.",
             "It's the twentieth of October, seventy four."],
    "vague": ["Leave it with me and we'll look into it.", "I'll pass it on to the right people.",
              "Someone will have a look at it at some point."],
    "cust_ack": ["Brilliant, cheers.", "Okay, that's good.", "Great, that works."],
    "anyelse": ["Is there anything else I can do for you today?", "Anything else on your mind?"],
    "anyelse_isthatall": ["Is that everything for today then?"],
    "anyelse_early": ["Before I look at that, is there anything else you'll want me to check?"],
    "no_more": ["No, that's all, ta.", "Nope, that's me done.", "That's everything."],
    "thanks": ["Thanks so much for calling,", "Thank you for your patience today,",
               "Thanks for ringing in,"],
    "bye": ["goodbye now.", "bye for now.", "take care, bye."],
    "wish": ["enjoy the weekend.", "have a lovely evening."],
    "bye_first": ["Bye now, and thanks for calling.", "Take care then, and thank you for calling."],
    "cust_bye": ["Bye.", "Bye bye.", "Cheers, bye."],
    "thanks_mid": "Thanks for bearing with me, one last thing before we finish.",
    "colleague": "Thanks, Priti, that's all I needed from you.",
    "late_company": "Appreciate you holding, you're through to Acme Bank's card line.",
    "late_name": "Oh, I didn't say, I'm {n}.",
    "late_offer": "Right, all verified, so what can I help with?",
    "empathy": ["I'm really sorry, that sounds exhausting.",
                "I completely understand why you're upset.",
                "That's awful, I'm sorry you've been put through that."],
    "anger_bank": ["And honestly I'm livid, I've been passed around four times already!",
                   "This is a joke, nobody at this bank ever calls back!",
                   "I'm absolutely sick of this, I want it escalated!"],
    "anger_third": ["The post office lost my letter twice, they're hopeless!",
                    "That shop has been useless, they won't even answer the phone!"],
    "anger_swear": ["This whole mess is a bloody nightmare, honestly."],
    "anger_outburst": ["That's not good enough, I've waited two weeks for this!",
                       "Why does it always take so long with you lot?"],
    "anger_out": ["Why are you ringing me at work about this? I'm fuming.",
                  "I'm fed up with these calls, this is the third time!"],
    "calm_late": ["Well, okay then."],
    "blame": ["You must have given your details to someone.",
              "You didn't read the terms, that's why.", "Well, that's on you, I'm afraid.",
              "You typed it wrong, that's all this is.",
              "If you'd kept your card safe this wouldn't happen.",
              "You clearly ignored the warning on screen.",
              "That's your own fault for using that website.",
              "You should have checked before you paid.",
              "Honestly, you brought this on yourself.",
              "You picked the wrong option, not us."],
    "rude": ["Look, I've already told you that.", "Listen to me, just listen.",
             "That's not my problem.", "I'm not transferring you, so don't ask.",
             "Sigh... do we really have to go through this again?",
             "It's not rocket science, is it?", "Can you keep up, please?",
             "Honestly, I haven't got all day.", "Whatever, just do it yourself then.",
             "I'll say it slowly for you."],
    "polite": ["That's not a problem at all.",
               "You didn't need to read the terms, I'll explain it.",
               "Never mind what the screen says, I'll handle it.",
               "That's not your fault in the slightest."],
    "swear": ["Oh shit, the screen's frozen.", "Damn this system, give me a second.",
              "Bloody thing's crashed again.", "What the hell is this page doing?",
              "Crap, it's logged me out.", "Oh for fuck's sake, not again.",
              "This damn mouse, sorry.", "Shit, wrong account, one sec.",
              "Bloody hell, it's slow today.", "Crap, the form's gone blank."],
    "card_ask": "Can you read me the long number on the card?",
    "card_said": "It's {num}.",
    "card_full": "So that's {num}, got it.",
    "card_last4": "Got it, the card ending {last}.",
    "cvv_ask": "And the three digits on the back?",
    "cvv_said": "{cvv}.",
    "cvv_back": "Code {cvv}, lovely.",
    "record": ["This call is recorded for training and quality.",
               "Just so you know, we record our calls."],
    "consent": ["Are you happy to carry on?", "Is that alright with you?"],
    "consent_yes": ["Yes, that's fine.", "Sure, go ahead."],
    "out_hello": ["Hello?", "Hello, who's this?"],
    "out_intro_name": ["Hi, it's {n}", "Good afternoon, my name's {n}"],
    "out_intro_company": ["calling from Acme Bank.", "from Acme Bank."],
    "out_team_only": "Hi there, it's the customer care team calling.",
    "out_ask_who": ["Sorry, who is this?", "And you are?"],
    "out_late_name": "Apologies, I'm {n}.",
    "out_late_company": "We're Acme Bank, I should have said.",
    "out_dob": "First I need to check I'm speaking to the right person, what's your date of "
               "birth?",
    "fillers": [
        ("Is your mobile number still the one ending three nine?", "Yes, same number."),
        ("Would you like text alerts for that?", "Go on then."),
        ("Do you still get paper statements?", "No, I switched to online ones."),
        ("Is the email on file still current?", "Yes, it hasn't changed."),
        ("Have you got the app on your phone?", "I have, yeah."),
        ("Do you use the Market Street branch?", "Sometimes, when I'm in town."),
        ("Shall I send a summary by email?", "That'd be handy."),
        ("Can I just check the spelling of your surname?", "Sure, it's as on the card."),
        ("Are you still at the same employer?", "Yes, same job."),
        ("Is this the best number to call back on?", "It is, yes."),
    ],
    "hold_cust": ["Okay.", "Sure."],
    "hold_agent": "Let me just check something, one moment.",
    "back_from_hold": "Right, I'm back.",
    "cust_ok_short": ["Mm, okay.", "Right."],
}

# ---------------------------------------------------------------- Vietnamese wordings
VI_IN = [
    ("nap_dt_khong_vao", ["refund"],
     "Tôi nạp tiền điện thoại một trăm nghìn, tài khoản bị trừ mà máy không vào, muốn lấy lại.",
     "Dạ tức là tiền nạp đã bị trừ nhưng thuê bao chưa nhận được, và mình muốn được trả lại.",
     "Dạ nghĩa là bên mình mất tiền mà điện thoại chưa có tiền, đúng không ạ?",
     "Dạ em đã tạo yêu cầu hoàn, một trăm nghìn sẽ về tài khoản trong ba ngày làm việc ạ.", ""),
    ("the_nuot_cay_xang", [],
     "Cây rút tiền cạnh cây xăng nuốt thẻ của tôi tối qua.",
     "Dạ vậy là máy ATM ở trạm xăng giữ thẻ lại không trả ra.",
     "Dạ thẻ bị máy ở cây xăng giữ lại phải không ạ?",
     "Dạ em đã khóa thẻ đó và làm thẻ mới, ba ngày nữa mình ra chi nhánh Ninh Kiều nhận ạ.",
     ""),
    ("mo_tk_nguoi_gia", [],
     "Tôi muốn mở tài khoản cho ba tôi, ông tám mươi hai tuổi rồi, đi lại khó.",
     "Dạ mình cần mở tài khoản cho cụ thân sinh lớn tuổi không tiện đến quầy.",
     "Dạ là mở tài khoản cho bác trai lớn tuổi đúng không ạ?",
     "Dạ bên em có nhân viên đến tận nhà, em đặt lịch sáng thứ năm, mang căn cước của bác ạ.",
     ""),
    ("tu_thien_treo", ["payment"],
     "Tôi chuyển năm triệu ủng hộ từ thiện mà lệnh cứ treo hoài không đi.",
     "Dạ khoản ủng hộ năm triệu bị kẹt ở trạng thái chờ, chưa tới quỹ.",
     "Dạ tiền ủng hộ vẫn nằm chờ, chưa chuyển đi phải không ạ?",
     "Dạ em đã đẩy lệnh đi lại, quỹ sẽ nhận trước mười lăm giờ chiều nay ạ.", ""),
    ("phi_quan_ly_tang", ["billing"],
     "Phí quản lý tài khoản tháng này tăng lên gấp đôi mà không ai báo.",
     "Dạ mức phí duy trì tài khoản bị nâng lên mà mình không được thông báo trước.",
     "Dạ phí quản lý tăng mà chưa nhận thông báo đúng không ạ?",
     "Dạ biểu phí mới áp dụng từ tháng này, em gửi qua email ngay, và mình có thể chuyển sang "
     "gói miễn phí trên app ạ.", ""),
    ("tra_gop_dien_thoai", ["payment"],
     "Tôi muốn đăng ký trả góp cái điện thoại vừa quẹt thẻ tín dụng.",
     "Dạ mình muốn chia khoản mua điện thoại trên thẻ tín dụng thành nhiều kỳ.",
     "Dạ là chuyển giao dịch mua điện thoại sang trả góp phải không ạ?",
     "Dạ em đã chuyển sang trả góp sáu tháng, mỗi kỳ hai triệu một, kỳ đầu vào ngày mười lăm ạ.",
     ""),
    ("mat_dt_co_app", ["card_lost"],
     "Tôi bị mất điện thoại có cài app ngân hàng, cả thẻ để trong ốp lưng luôn.",
     "Dạ máy điện thoại có ứng dụng ngân hàng đã mất, kèm theo cái thẻ.",
     "Dạ vậy là mất cả máy lẫn thẻ, đúng không ạ?",
     "Dạ em đã khóa app và khóa thẻ, thẻ mới gửi về nhà trong năm ngày ạ.", ""),
    ("vi_dien_tu_tru_la", ["fraud"],
     "Ví điện tử liên kết với tài khoản tôi bị trừ ba lần tiền lạ, tôi không có mua gì.",
     "Dạ có ba khoản trừ qua ví liên kết mà mình không thực hiện.",
     "Dạ ví liên kết bị trừ mấy khoản mình không nhận ra phải không ạ?",
     "Dạ em đã ngắt liên kết ví và mở hồ sơ tra soát, kết quả báo qua tin nhắn trong mười "
     "ngày ạ.", ""),
    ("doi_ten_ket_hon", [],
     "Tôi mới kết hôn, muốn đổi họ tên trên tài khoản cho khớp giấy tờ.",
     "Dạ mình cần cập nhật tên trên tài khoản sau khi lập gia đình.",
     "Dạ là chỉnh tên chủ tài khoản theo giấy tờ mới phải không ạ?",
     "Dạ mình mang căn cước mới ra quầy bất kỳ, làm mười phút là xong ạ.", ""),
    ("sao_ke_vay", [],
     "Tôi cần sao kê sáu tháng có đóng dấu để làm hồ sơ vay mua nhà.",
     "Dạ mình cần bản sao kê nửa năm có dấu ngân hàng cho hồ sơ vay.",
     "Dạ cần sao kê có mộc để nộp hồ sơ vay đúng không ạ?",
     "Dạ em đã đặt bản sao kê, chiều mai mình nhận ở chi nhánh Cầu Giấy ạ.", ""),
    ("lai_tiet_kiem_sai", ["complaint"],
     "Tiền lãi sổ tiết kiệm tính sai, thiếu gần hai trăm nghìn, tôi muốn khiếu nại.",
     "Dạ số lãi trả về thấp hơn mức đúng và mình muốn gửi khiếu nại.",
     "Dạ lãi tiết kiệm bị thiếu và mình muốn khiếu nại phải không ạ?",
     "Dạ em đã ghi nhận khiếu nại, bộ phận tiền gửi sẽ gọi lại cho mình trước thứ sáu ạ.", ""),
    ("thua_ke", [],
     "Mẹ tôi mất, để lại sổ tiết kiệm, tôi muốn biết thủ tục nhận thừa kế.",
     "Dạ mình cần làm thủ tục nhận khoản tiết kiệm mẹ để lại.",
     "Dạ là thủ tục nhận thừa kế sổ tiết kiệm phải không ạ?",
     "Dạ em gửi danh sách giấy tờ qua tin nhắn, mình mang văn bản khai nhận di sản ra chi "
     "nhánh là được ạ.", ""),
    ("han_muc_thap", [],
     "Hạn mức chuyển khoản một ngày của tôi thấp quá, không đủ trả tiền hàng.",
     "Dạ mức chuyển tối đa mỗi ngày đang thấp so với nhu cầu của mình.",
     "Dạ mình muốn nâng mức chuyển trong ngày đúng không ạ?",
     "Dạ em đã nâng lên năm trăm triệu một ngày, có hiệu lực ngay bây giờ ạ.", ""),
    ("gia_danh_cong_an", ["fraud"],
     "Có người gọi xưng công an bắt tôi chuyển tiền, tôi lỡ chuyển hai mươi triệu rồi.",
     "Dạ mình bị kẻ mạo danh công an lừa chuyển đi hai mươi triệu.",
     "Dạ mình đã chuyển tiền theo yêu cầu của người giả công an phải không ạ?",
     "Dạ em đã khóa tài khoản, gửi yêu cầu phong tỏa bên nhận, và mình ra công an phường trình "
     "báo trong hôm nay ạ.", ""),
    ("phi_hoan_tu_dong", ["billing"],
     "Sao kê có dòng phí tin nhắn, tôi không rõ là phí gì.",
     "Dạ mình thấy một khoản phí tin nhắn trên sao kê và muốn biết là gì.",
     "Dạ mình hỏi về dòng phí tin nhắn phải không ạ?",
     "Dạ phí đó thu nhầm, em đã trả lại hai mươi hai nghìn vào tài khoản rồi ạ.",
     "fee_refunded_unasked"),
    ("app_loi_da_xong", ["address_change"],
     "Hôm thứ hai app bị lỗi nhưng giờ chạy rồi, tôi chỉ muốn đổi địa chỉ nhà.",
     "Dạ mình chuyển chỗ ở và cần cập nhật địa chỉ liên lạc.",
     "Dạ hôm nay mình chỉ cần đổi địa chỉ thôi phải không ạ?",
     "Dạ em đã đổi sang số 12 đường Trần Phú, thư xác nhận gửi về địa chỉ mới ạ.",
     "outage_past_fixed"),
    ("mat_the_nam_ngoai", ["billing"],
     "Năm ngoái tôi mất thẻ và đã làm lại rồi, giờ sao phí thường niên lại cao hơn?",
     "Dạ mình hỏi vì sao phí hằng năm của thẻ tăng lên.",
     "Dạ mình thắc mắc phí năm tăng đúng không ạ?",
     "Dạ phí tăng từ tháng ba, em gửi thông báo qua email, và mình có thể đổi sang thẻ miễn "
     "phí trên app ạ.", "card_lost_last_year"),
    ("doi_y_khong_huy", [],
     "Tôi định hủy thẻ tín dụng, nhưng nếu giảm lãi suất thì tôi giữ lại.",
     "Dạ mình sẽ giữ thẻ nếu lãi suất được hạ xuống.",
     "Dạ nếu lãi thấp hơn thì mình tiếp tục dùng thẻ phải không ạ?",
     "Dạ em đã chuyển mình sang lãi suất ưu đãi từ hôm nay, thẻ vẫn giữ nguyên ạ.",
     "cancellation_decided_against"),
    ("lua_dao_hang_xom", [],
     "Bà hàng xóm tôi bị lừa mất tiền trong tài khoản, bà ấy phải báo thế nào?",
     "Dạ mình hỏi giúp người quen cách báo bị lừa mất tiền.",
     "Dạ mình muốn biết bà ấy báo bằng cách nào phải không ạ?",
     "Dạ bà ấy gọi số ở mặt sau thẻ của bà hoặc bấm nút báo gian lận trên app của bà ngay "
     "hôm nay ạ.", "someone_elses_fraud"),
    ("web_khong_vao", ["outage"],
     "Trang web ngân hàng từ sáng tới giờ cứ báo lỗi, không đăng nhập được.",
     "Dạ trang web của bên em báo lỗi và mình không vào được.",
     "Dạ web không cho đăng nhập từ sáng phải không ạ?",
     "Dạ hệ thống đang sửa, tám giờ tối nay xong, trong lúc đó mình dùng app, em sẽ nhắn tin "
     "khi web chạy lại ạ.", ""),
    ("app_khong_chuyen", ["outage"],
     "App không chuyển tiền được, bấm nút chuyển là nó đứng luôn.",
     "Dạ ứng dụng bị treo ngay khi mình bấm chuyển tiền.",
     "Dạ app đứng khi bấm chuyển phải không ạ?",
     "Dạ mình cập nhật app lên bản mới trên cửa hàng là hết, em đã nhắn đường dẫn cho mình ạ.",
     ""),
    ("roi_the_ben_xe", ["card_lost"],
     "Tôi làm rơi thẻ ở bến xe miền Tây sáng nay.",
     "Dạ thẻ của mình bị rơi mất ở bến xe.",
     "Dạ mình đánh rơi thẻ ở bến xe phải không ạ?",
     "Dạ em đã khóa thẻ, thẻ mới làm xong trong năm ngày, mình nhận ở chi nhánh gần nhà ạ.", ""),
    ("bi_giat_tui", ["card_lost", "fraud"],
     "Tôi bị giật túi, trong đó có thẻ, giờ thấy có giao dịch ở siêu thị điện máy.",
     "Dạ thẻ bị cướp cùng túi xách và đã bị dùng mua hàng.",
     "Dạ thẻ mất do bị giật túi và có giao dịch mình không làm phải không ạ?",
     "Dạ em đã khóa thẻ, mở tra soát giao dịch đó, thẻ mới gửi trong năm ngày ạ.", ""),
    ("chuyen_nha_can_tho", ["address_change"],
     "Tôi mới dọn nhà về Cần Thơ, muốn đổi địa chỉ trên tài khoản.",
     "Dạ mình chuyển chỗ ở về Cần Thơ và cần cập nhật địa chỉ.",
     "Dạ là cập nhật địa chỉ mới ở Cần Thơ phải không ạ?",
     "Dạ em đã cập nhật, từ kỳ sao kê sau thư sẽ gửi về địa chỉ mới ạ.", ""),
    ("huy_the_phu", ["cancellation"],
     "Tôi muốn hủy cái thẻ phụ của chồng tôi, không dùng nữa.",
     "Dạ mình muốn đóng thẻ phụ đứng tên anh nhà.",
     "Dạ là ngưng thẻ phụ của anh nhà phải không ạ?",
     "Dạ em đã hủy thẻ phụ ngay bây giờ, từ giờ thẻ đó không giao dịch được nữa ạ.", ""),
    ("tra_no_the", ["payment"],
     "Tôi muốn thanh toán hết dư nợ thẻ tín dụng hôm nay.",
     "Dạ mình muốn tất toán toàn bộ số nợ trên thẻ trong hôm nay.",
     "Dạ trả hết nợ thẻ hôm nay đúng không ạ?",
     "Dạ em đã trích bốn triệu hai từ tài khoản thanh toán, dư nợ về không ngay tối nay ạ.", ""),
    ("tru_tien_hai_lan", ["billing", "refund"],
     "Khách sạn trừ tiền phòng hai lần cho cùng một đêm, tôi muốn lấy lại một lần.",
     "Dạ mình bị tính tiền phòng hai lần và cần hoàn một khoản.",
     "Dạ bị trừ gấp đôi tiền phòng, mình muốn nhận lại phần dư phải không ạ?",
     "Dạ em đã mở tra soát khoản thứ hai, tiền về lại trong bảy ngày làm việc ạ.", ""),
    ("sinh_vien_mo_the", [],
     "Em là sinh viên năm nhất, muốn làm thẻ để nhận tiền ba mẹ gửi.",
     "Dạ bạn muốn mở thẻ để nhận tiền gia đình chuyển lên.",
     "Dạ bạn cần một cái thẻ để nhận tiền nhà gửi phải không?",
     "Dạ bạn mở trên app bằng căn cước, mười phút là xong, thẻ gửi về trong một tuần nha.", ""),
    ("khieu_nai_nhan_vien", ["complaint"],
     "Tôi muốn khiếu nại cô giao dịch viên ở chi nhánh, nói chuyện rất khó chịu.",
     "Dạ mình muốn phản ánh thái độ của nhân viên quầy.",
     "Dạ mình cần gửi khiếu nại về giao dịch viên phải không ạ?",
     "Dạ em đã ghi nhận khiếu nại, mã số kết thúc bốn tám, trưởng chi nhánh sẽ gọi lại trong "
     "hai ngày ạ.", ""),
    ("huy_bao_hiem_hoan_phi", ["cancellation", "refund"],
     "Tôi muốn hủy gói bảo hiểm kèm tài khoản và lấy lại phí tháng này.",
     "Dạ mình muốn ngưng gói bảo hiểm và được trả lại phí tháng này.",
     "Dạ hủy bảo hiểm và hoàn phí tháng này phải không ạ?",
     "Dạ em đã hủy từ hôm nay và hoàn bốn mươi lăm nghìn, tiền về trong ba ngày ạ.", ""),
    ("goi_lai_dich_vu_la", ["fraud"],
     "Thẻ tôi bị trừ tiền một dịch vụ xem phim mà tôi chưa từng đăng ký.",
     "Dạ có khoản trừ của dịch vụ xem phim mình không đăng ký.",
     "Dạ một dịch vụ lạ tự trừ tiền trên thẻ phải không ạ?",
     "Dạ em đã chặn đơn vị đó trên thẻ và mở tra soát, có kết quả trong mười ngày ạ.", ""),
    ("dong_tien_dien", ["payment"],
     "Tôi muốn đóng tiền điện tháng này qua tài khoản.",
     "Dạ mình muốn thanh toán hóa đơn điện từ tài khoản.",
     "Dạ là trả tiền điện tháng này phải không ạ?",
     "Dạ em đã thanh toán năm trăm hai mươi nghìn tiền điện, biên lai gửi qua tin nhắn ạ.", ""),
    ("dong_so_cu", ["cancellation"],
     "Tôi muốn đóng cái tài khoản cũ không còn dùng.",
     "Dạ mình muốn tất toán tài khoản cũ đã bỏ không.",
     "Dạ đóng tài khoản cũ phải không ạ?",
     "Dạ em đã đóng và chuyển số dư sáu mươi nghìn sang tài khoản chính ạ.", ""),
    ("phi_rut_nuoc_ngoai", ["billing"],
     "Tôi rút tiền bên Thái Lan mà bị tính phí cao quá, không hiểu sao.",
     "Dạ mình thắc mắc mức phí rút tiền mặt ở nước ngoài.",
     "Dạ phí rút tiền ở Thái cao hơn mình nghĩ phải không ạ?",
     "Dạ phí là bốn phần trăm mỗi lần rút, em gửi biểu phí qua email để mình xem ạ.", ""),
    ("phi_tra_cham_oan", ["billing", "refund"],
     "Tôi trả nợ thẻ đúng hạn mà vẫn bị tính phí trả chậm, tôi muốn lấy lại phí đó.",
     "Dạ mình thanh toán đúng ngày nhưng vẫn bị thu phí trễ hạn và muốn được hoàn.",
     "Dạ mình trả đúng hạn mà vẫn bị phạt trễ, muốn lấy lại khoản phí phải không ạ?",
     "Dạ em đã hoàn phí trả chậm một trăm năm mươi nghìn, tiền về tài khoản trong hai ngày ạ.",
     ""),
]

VI_OUT = [
    ("out_giao_dich_la", ["fraud"],
     "em gọi vì thẻ của anh chị vừa có giao dịch ở Đà Nẵng sáng nay nên bên em tạm khóa.",
     "Đà Nẵng hả? Tôi ở Sài Gòn mà, không phải tôi.",
     "Dạ em đã hủy thẻ, tra soát giao dịch đó, thẻ mới gửi trong năm ngày ạ."),
    ("out_tra_gop_lo", ["payment"],
     "em gọi về kỳ trả góp tháng này chưa thanh toán được.",
     "Ờ tôi đổi tài khoản nhận lương, để tôi đóng ngay bây giờ.",
     "Dạ em đã trích một triệu tám, kỳ này coi như xong ạ."),
    ("out_thu_tra_ve", ["address_change"],
     "em gọi vì thư ngân hàng gửi cho anh chị cứ bị trả về.",
     "À tôi chuyển nhà rồi, để tôi đọc địa chỉ mới.",
     "Dạ em đã cập nhật địa chỉ mới và gửi lại thư trong tuần này ạ."),
    ("out_phi_tang_huy", ["cancellation"],
     "em gọi để báo phí gói tài khoản cao cấp sẽ tăng từ tháng sau.",
     "Vậy thì tôi hủy gói đó, về gói thường thôi.",
     "Dạ em đã chuyển về gói thường từ ngày một tháng sau ạ."),
    ("out_phi_hai_lan", ["billing", "refund"],
     "em gọi vì phí thường niên của thẻ bị thu hai lần do lỗi hệ thống.",
     "Hai lần hả, vậy trả lại cho tôi một lần nha.",
     "Dạ em đã hoàn khoản thứ hai, tiền về trong hai ngày ạ."),
    ("out_app_loi", ["outage"],
     "em gọi hỏi lại vụ app bị văng mà anh chị báo tuần trước.",
     "Vẫn văng hoài đó em, mở lên là tắt.",
     "Dạ mình cài lại app từ cửa hàng, em đã nhắn đường dẫn bản sửa, thứ sáu em gọi lại ạ."),
    ("out_the_moi_tra_ve", ["card_lost"],
     "em gọi vì thẻ mới gửi bị bưu điện trả về, mà thẻ cũ anh chị báo mất rồi.",
     "Đúng rồi, thẻ cũ rớt ở chợ, tôi vẫn cần thẻ.",
     "Dạ em chuyển thẻ về chi nhánh gần nhà, từ thứ tư mình mang căn cước đến nhận ạ."),
    ("out_so_dao_han", [],
     "em gọi vì sổ tiết kiệm của anh chị tuần sau đến hạn.",
     "Ờ, vậy giờ có những lựa chọn nào em?",
     "Dạ em đã tái tục sang kỳ hạn mười hai tháng, lãi năm phẩy hai phần trăm ạ."),
    ("out_vay_qua_han", ["payment"],
     "em gọi vì khoản vay mua nhà của anh chị đã quá hạn mười ngày.",
     "Tôi biết rồi, hôm nay tôi trả được không?",
     "Dạ em đã trích từ tài khoản tiết kiệm, khoản quá hạn được xóa trong tối nay ạ."),
    ("out_khieu_nai_theo_doi", ["complaint"],
     "em gọi về khiếu nại tuần trước của anh chị về chuyện chờ lâu ở quầy.",
     "Tôi vẫn muốn đưa lên cấp trên, chưa ai trả lời thư tôi.",
     "Dạ em đã chuyển lên trưởng phòng chăm sóc khách hàng, trong năm ngày sẽ có thư trả lời ạ."),
    ("out_vi_lien_ket", ["fraud"],
     "em gọi vì có ba lệnh trừ tiền qua ví điện tử liên kết trong đêm qua.",
     "Trời, tôi ngủ mà, đâu có mua gì.",
     "Dạ em đã ngắt liên kết ví, mở tra soát ba lệnh đó, có kết quả trong mười ngày ạ."),
    ("out_hoan_tien_dieu_chinh", ["billing"],
     "em gọi để giải thích khoản điều chỉnh hoàn tiền sẽ xuất hiện trên sao kê tới.",
     "Điều chỉnh gì vậy, có bị trừ thêm không?",
     "Dạ là trừ lại ba mươi nghìn do một món hàng đã trả, em gửi chi tiết qua email ạ."),
]

VI_AGENTS = [
    ("Lê Thị Mỹ Duyên", "Duyên", "joiner"), ("Phan Minh Khôi", "Khôi", "joiner"),
    ("Tôn Nữ Bích", "Bích", "hue"), ("Hồ Đăng Khánh", "Khánh", "hue"),
    ("Đỗ Thu Quyên", "Quyên", "minh"), ("Vũ Ánh Nguyệt", "Nguyệt", "minh"),
    ("Trần Kim Loan", "Loan", "davang"), ("Ngô Thị Uyên", "Uyên", "davang"),
    ("Lý Hoàng Diệp", "Diệp", "splitter"), ("Mai Thanh Hoài", "Hoài", "splitter"),
    ("Bùi Ngọc Trinh", "Trinh", "script"), ("Cao Thị Khuê", "Khuê", "script"),
]
VI_SPEAKERS = [
    ("can_tho_fruit_seller", "Ờ cô bán trái cây ở chợ Cái Răng nghen, cô nói hổng rành.", "",
     1.0, "cô"),
    ("nghe_an_mother", "Tui ở Nghệ An, con tui chừ đi học xa.", "", 1.05, "chị"),
    ("quang_ngai_fisherman", "Alo alo, nghe không, tui đang ngoài ghe sóng yếu lắm.",
     "Nghe rõ không em?", 1.0, "anh"),
    ("hanoi_office_english", "Chị đang có meeting nên nói nhanh nhé, cần confirm gấp.", "", 0.9,
     "chị"),
    ("grandmother_for_grandson", "Bà gọi giùm thằng cháu nội, nó đi làm chưa về.", "", 1.15,
     "bà"),
    ("university_student", "Dạ em là sinh viên, lần đầu em gọi tổng đài.", "", 0.95, "bạn"),
    ("plain", "", "", 1.0, "anh"),
]
VI = {
    "company": "Ngân hàng ABC",
    "greet": ["Xin chào", "Dạ chào", "Alô, xin chào"],
    "company_forms": ["Ngân hàng ABC xin nghe.", "tổng đài Ngân hàng ABC đây ạ.",
                      "đây là Ngân hàng ABC ạ."],
    "name_forms": ["em là {n}.", "em tên {n} ạ.", "{n} đang trực máy ạ."],
    "name_unusual": ["em giúp gì được ạ? À, em quên, em là {n} ạ."],
    "offer_forms": ["Em có thể giúp gì ạ?", "Mình cần hỗ trợ gì ạ?", "Em giúp gì được cho mình ạ?"],
    "offer_statement": ["Em ở đây để lo mọi việc về tài khoản của mình ạ."],
    "team_only": ["đây là bộ phận thẻ và thanh toán ạ."],
    "joiner_open": "Dạ xin chào Ngân hàng ABC em là {n} hôm nay em giúp gì được cho mình ạ",
    "script_open": "Xin chào anh chị, cảm ơn anh chị đã gọi Ngân hàng ABC, em là {n}, em "
                   "có thể hỗ trợ gì cho anh chị ạ?",
    "hue_touch": "Dạ để em coi hỉ, máy chạy chậm chi lạ.",
    "minh_touch": "Dạ mình đợi mình xíu, mình đang mở hồ sơ.",
    "davang_touch": "Dạ vâng, em ghi lại rồi nha.",
    "cust_first": ["Alô, alô, ngân hàng phải không?", "Có ai nghe máy không vậy?"],
    "agent_not_answer": ["Dạ một giây, tai nghe của em bị rè.",
                         "Dạ mình chờ em một chút, đường truyền nhỏ quá."],
    "quick_q": [("Cho hỏi trước, thứ bảy chi nhánh làm tới mấy giờ?",
                 "Dạ thứ bảy chi nhánh làm tới mười một giờ rưỡi."),
                ("Hỏi nhanh cái, đổi tiền lẻ ngày tết ở quầy được không?",
                 "Dạ được, quầy nào cũng đổi được trong giờ hành chính."),
                ("Cho hỏi trước, số khóa thẻ khẩn có trực ban đêm không?",
                 "Dạ số khóa thẻ trực hai mươi bốn giờ.")],
    "greet_after_answer": ["Dạ quên, xin chào", "Dạ em chào lại cho đúng, xin chào"],
    "verbatim_prefix": "Dạ. ",
    "confirm_yes": ["Đúng rồi.", "Ừ, vậy đó.", "Chính xác.", "Đúng vậy em."],
    "bare_ack": ["Dạ, dạ, em nghe.", "Ờ dạ."],
    "id_q": ["Cho em xin ngày sinh với số căn cước để vào hồ sơ ạ.",
             "Mình đọc cho em ngày tháng năm sinh ạ."],
    "id_a": ["Mười hai tháng ba năm sáu mốt.", "Ngày ba tháng bảy chín tám.",
             "Hai mươi tháng mười năm bảy tư."],
    "vague": ["Dạ để em ghi nhận rồi bên em xem sau ạ.", "Dạ em sẽ chuyển cho bộ phận liên quan.",
              "Dạ chắc bên em sẽ kiểm tra lúc nào đó ạ."],
    "cust_ack": ["Ừ được rồi.", "Vậy là ổn.", "Tốt quá."],
    "anyelse": ["Mình còn cần em hỗ trợ gì khác không ạ?", "Còn việc gì khác không ạ?"],
    "anyelse_isthatall": ["Vậy là xong hết việc của mình hôm nay rồi phải không ạ?"],
    "anyelse_early": ["Trước khi em làm, mình còn cần gì khác để em làm luôn không ạ?"],
    "no_more": ["Hết rồi em.", "Không, vậy thôi.", "Vậy đủ rồi."],
    "thanks": ["Dạ cảm ơn mình đã gọi,", "Dạ em cảm ơn mình đã chờ,", "Cảm ơn mình nhiều ạ,"],
    "bye": ["chào mình ạ.", "em chào mình nha.", "tạm biệt mình ạ."],
    "wish": ["chúc mình cuối tuần vui vẻ.", "chúc mình buổi tối an lành."],
    "bye_first": ["Dạ em chào mình, cảm ơn mình đã gọi ạ.",
                  "Tạm biệt mình, cảm ơn mình nhiều ạ."],
    "cust_bye": ["Ừ chào em.", "Chào nghen.", "Ờ chào."],
    "thanks_mid": "Dạ cảm ơn mình chờ máy, còn một bước nữa thôi ạ.",
    "colleague": "Cảm ơn chị Thắng nha, vậy đủ cho em rồi.",
    "late_company": "Dạ mình vẫn đang giữ máy với tổng đài Ngân hàng ABC ạ.",
    "late_name": "Dạ em quên giới thiệu, em là {n}.",
    "late_offer": "Dạ xác minh xong rồi, giờ em giúp gì được cho mình ạ?",
    "empathy": ["Dạ em rất tiếc, chuyện này mệt thật ạ.", "Dạ em hiểu mình đang bực lắm ạ.",
                "Dạ em xin lỗi vì mình phải chịu cảnh này ạ."],
    "anger_bank": ["Tôi bực lắm rồi, gọi lên bốn lần mà bị chuyển qua lại hoài!",
                   "Ngân hàng gì mà không ai gọi lại, làm ăn kiểu gì vậy!",
                   "Tôi chán lắm rồi, cho tôi gặp cấp trên!"],
    "anger_third": ["Bưu điện làm thất lạc thư của tôi hai lần, quá tệ!",
                    "Cái cửa hàng đó tệ hết sức, gọi không ai bắt máy!"],
    "anger_swear": ["Vãi thật, chuyện gì mà rối tung lên vậy nè!"],
    "anger_outburst": ["Vậy mà chờ hai tuần chưa xong, quá đáng thật!",
                       "Sao lần nào cũng lâu lắc vậy hả!"],
    "anger_out": ["Sao gọi tôi giờ làm việc vậy, bực mình ghê!",
                  "Gọi hoài vụ này, lần thứ ba rồi đó!"],
    "calm_late": ["Ừ thì thôi vậy."],
    "blame": ["Chắc anh chị đưa mã cho ai rồi.", "Tại mình không đọc điều khoản thôi.",
              "Lỗi đó là của mình chứ không phải bên em.", "Mình gõ sai rồi, vậy thôi.",
              "Ai bảo mình không giữ thẻ cẩn thận.", "Mình bỏ qua cảnh báo trên màn hình mà.",
              "Tự mình vào trang lạ thì chịu thôi.", "Đáng lẽ mình phải kiểm tra trước khi trả.",
              "Mình tự gây ra chuyện này đó.", "Tại mình chọn sai mục chứ đâu phải bên em."],
    "rude": ["Em nói rồi mà, nói lại làm gì.", "Nghe em nói nè, nghe đi.",
             "Chuyện đó đâu phải việc của em.", "Em không chuyển máy đâu, đừng hỏi nữa.",
             "Trời ơi, lại phải nói lại từ đầu à.", "Có vậy mà cũng không biết.",
             "Mình theo kịp không vậy?", "Em không rảnh cả ngày đâu.",
             "Thôi mình tự làm đi.", "Để em nói chậm cho mình hiểu nha."],
    "polite": ["Dạ chuyện đó đâu có gì phiền ạ.",
               "Mình không cần đọc điều khoản đâu, để em giải thích ạ.",
               "Dạ màn hình báo gì mình kệ nó, để em lo ạ.",
               "Dạ không phải lỗi của mình đâu ạ."],
    "strict": ["Đéo hiểu sao máy lại đứng.", "Địt, lại văng ra rồi.", "Đụ, màn hình trắng trơn.",
               "Vãi, chậm như rùa.", "Cái máy lồn này lại treo.", "Đéo chạy nổi luôn.",
               "Vãi cả hệ thống.", "Địt, mất mạng nữa rồi.", "Đụ, bấm hoài không ăn.",
               "Đéo load được trang.", "Vãi, lại đăng xuất."],
    "card_ask": "Mình đọc cho em dãy số dài trên thẻ ạ.",
    "card_said": "Số là {num}.",
    "card_full": "Dạ em nhắc lại {num} ạ.",
    "card_last4": "Dạ cảm ơn, thẻ có bốn số cuối {last} ạ.",
    "cvv_ask": "Mình đọc cho em ba số mặt sau thẻ ạ.",
    "cvv_said": "{cvv}.",
    "cvv_back": "Dạ mã bảo mật {cvv} ạ.",
    "record": ["Cuộc gọi này được ghi âm để nâng cao chất lượng phục vụ.",
               "Em xin phép thông báo cuộc gọi đang được ghi âm."],
    "consent": ["Mình đồng ý tiếp tục không ạ?", "Mình có đồng ý không ạ?"],
    "consent_yes": ["Ừ được.", "Đồng ý em."],
    "out_hello": ["Alô?", "Alô, ai vậy?"],
    "out_intro_name": ["Dạ chào anh chị, em là {n}", "Dạ em chào anh chị, em tên {n}"],
    "out_intro_company": ["gọi từ Ngân hàng ABC ạ.", "bên Ngân hàng ABC ạ."],
    "out_team_only": "Dạ em chào anh chị, em gọi từ phòng chăm sóc khách hàng ạ.",
    "out_ask_who": ["Ai vậy em?", "Em là ai, bên nào?"],
    "out_late_name": "Dạ em là {n} ạ.",
    "out_late_company": "Dạ em ở Ngân hàng ABC, em quên nói ạ.",
    "out_dob": "Dạ trước hết em cần xác minh, mình cho em xin ngày sinh ạ.",
    "fillers": [
        ("Số điện thoại đuôi ba chín vẫn dùng phải không ạ?", "Ừ vẫn số đó."),
        ("Mình có muốn nhận tin nhắn báo biến động số dư không ạ?", "Ừ bật luôn đi."),
        ("Mình còn nhận sao kê giấy không ạ?", "Không, xem trên app rồi."),
        ("Email trong hồ sơ vẫn đúng chứ ạ?", "Vẫn vậy."),
        ("Mình có cài app trên máy chưa ạ?", "Có rồi."),
        ("Mình hay giao dịch ở chi nhánh nào ạ?", "Chi nhánh gần chợ."),
        ("Em gửi tóm tắt qua email cho mình nha?", "Ừ gửi đi."),
        ("Em kiểm tra lại họ tên trên thẻ chút ạ.", "Ừ đúng tên đó."),
        ("Mình vẫn làm ở công ty cũ phải không ạ?", "Vẫn chỗ cũ."),
        ("Số này gọi lại được chứ ạ?", "Được em."),
    ],
    "hold_cust": ["Ừ.", "Được."],
    "hold_agent": "Dạ mình chờ em kiểm tra một chút.",
    "back_from_hold": "Dạ em quay lại rồi ạ.",
    "cust_ok_short": ["Ừ.", "Vậy hả."],
}

# ---------------------------------------------------------------- plan
CONFLICTS = [("inbound/greeting", "inbound/greeting_before_resolution"),
             ("inbound/resolution", "inbound/greeting_before_resolution"),
             ("inbound/thanks", "inbound/thanks_before_goodbye"),
             ("inbound/goodbye", "inbound/thanks_before_goodbye"),
             ("inbound/thanks", "inbound/goodbye"),
             ("outbound/recording_disclosure", "outbound/consent")]
STRICT = "forbidden/profanity_vi_strict"


def compatible(faults, key):
    if key in faults or len(faults) + (2 if key == STRICT else 1) > 3:
        return False
    return all(not ((a == key and b in faults) or (b == key and a in faults))
               for a, b in CONFLICTS)


def plan_lang(lang):
    r = rng_for("plan", lang)
    dirs = ["in"] * 110 + ["out"] * 40
    r.shuffle(dirs)
    longs = set(r.sample(range(150), 50))
    calls = [{"dir": d, "long": i in longs, "faults": [], "anger": False}
             for i, d in enumerate(dirs)]
    ins = [i for i in range(150) if dirs[i] == "in"]
    outs = [i for i in range(150) if dirs[i] == "out"]
    free = set(r.sample(ins, 16)) | set(r.sample(outs, 6))
    tokens = []
    first = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye"]
    for k in first + [k for k in INB if k not in first]:
        tokens += [("in", k)] * 9
    tokens += [("out", k) for k in OUTB for _ in range(9)]
    for k in GEN:
        n = 9
        if k == "forbidden/profanity" and lang == "vi":
            k, n = STRICT, 10
        for j in range(n):
            tokens.append(("out" if j < (3 if k in GEN[:2] else 2) else "in", k))
    for where, k in tokens:
        pool = [i for i in (ins if where == "in" else outs)
                if i not in free and compatible(calls[i]["faults"], k)]
        if not pool:
            raise SystemExit("cannot place " + k)
        best = min(len(calls[i]["faults"]) for i in pool)
        i = r.choice([i for i in pool if len(calls[i]["faults"]) == best])
        calls[i]["faults"].append(k)
        if k == STRICT:
            calls[i]["faults"].append("forbidden/profanity")
    for c in calls:
        if "angry_caller/empathy" in c["faults"] or GEN[2] in c["faults"]:
            c["anger"] = True
    rest = [i for i in range(150) if not calls[i]["anger"]]
    need = 34 - sum(c["anger"] for c in calls)
    for i in r.sample(rest, max(0, need)):
        calls[i]["anger"] = True
    return calls


# ---------------------------------------------------------------- call assembly
def P(text, tags=(), cats=(), protect=False):
    return {"text": text, "tags": list(tags), "cats": list(cats), "protect": protect}


def S(speaker, pieces, sent="neutral", **kw):
    d = {"speaker": speaker, "pieces": pieces, "sent": sent, "min_start": None,
         "after_anger": None, "interrupt": False, "hold": 0.0, "cut": False, "raised": False}
    d.update(kw)
    return d


def card_number(r):
    first = r.choice(["4921", "5312", "4485", "5500", "4176"])
    groups = [first] + [f"{r.randint(0, 9999):04d}" for _ in range(3)]
    return groups


def split_turn(r, seg, style):
    """Split an agent turn into consecutive segments at piece borders."""
    if seg["speaker"] != "agent" or len(seg["pieces"]) < 2 or seg["interrupt"]:
        return [seg]
    p = 0.85 if style == "splitter" else 0.12
    if r.random() > p:
        return [seg]
    out = [dict(seg, pieces=[seg["pieces"][0]])]
    for pc in seg["pieces"][1:]:
        if r.random() < 0.6:
            out.append(dict(seg, pieces=[pc], cut=True, min_start=None, after_anger=None,
                            hold=0.0))
        else:
            out[-1] = dict(out[-1], pieces=out[-1]["pieces"] + [pc])
    return out


def place_bad(r, lang_w, segs, faults, decoys, slots):
    """Blame, rude, swear and strict lines: inline or own turn, early/mid/closing."""
    kinds = []
    if "angry_caller/no_blame" in faults:
        kinds.append(("blame", ["blame"]))
    if "forbidden/rude" in faults:
        kinds.append(("rude", ["rude"]))
    if STRICT in faults:
        kinds.append(("strict", ["strict", "swear"]))
    elif "forbidden/profanity" in faults:
        kinds.append(("swear", ["swear"]))
    for kind, tags in kinds:
        line = r.choice(lang_w[kind])
        where = r.choice(["early", "mid", "closing"])
        slot = slots[where]
        pc = P(line, tags, protect=kind in ("swear", "strict"))
        if r.random() < 0.5:
            slot["pieces"].append(pc)
            decoys.append(f"{kind}_inline_{where}")
        else:
            slot.setdefault("extra_after", []).append(S("agent", [pc]))
            decoys.append(f"{kind}_own_turn_{where}")


def opening_pieces(r, W, lang, agent, faults, decoys, cust_name):
    given, style = agent[1], agent[2]
    f = set(faults)
    need_all = not (f & {"inbound/greeting", "inbound/company_name", "inbound/self_intro",
                         "inbound/offer_help"})
    if need_all and style in ("fast", "joiner", "script") and r.random() < 0.8:
        key = {"fast": "fast_open", "joiner": "joiner_open", "script": "script_open"}[style]
        decoys.append("items_in_one_sentence" if style != "script" else "script_word_for_word")
        return [P(W[key].format(n=given), ["greet", "company", "name", "offer"])]
    ps = []
    if "inbound/greeting" not in f:
        ps.append(P(r.choice(W["greet"]), ["greet"]))
    if "inbound/company_name" not in f:
        ps.append(P(r.choice(W["company_forms"]), ["company"]))
    unusual = False
    if "inbound/self_intro" in f:
        if r.random() < 0.5:
            ps.append(P(r.choice(W["team_only"]), ["team"]))
            decoys.append("team_name_only")
    elif r.random() < 0.2 and "inbound/offer_help" not in f:
        unusual = True
    else:
        ps.append(P(r.choice(W["name_forms"]).format(n=given), ["name"]))
    if style == "title" and cust_name:
        ps.append(P(("Am I speaking with %s?" if lang == "en" else "Có phải %s không ạ?")
                    % cust_name, ["custname"]))
        decoys.append("agent_says_customer_name")
    if "inbound/offer_help" not in f:
        if unusual:
            ps.append(P(r.choice(W["name_unusual"]).format(n=given), ["offer", "name"]))
            decoys.append("name_in_unusual_place")
        elif r.random() < 0.15:
            ps.append(P(r.choice(W["offer_statement"]), ["offer"]))
            decoys.append("offer_as_statement")
        else:
            ps.append(P(r.choice(W["offer_forms"]), ["offer"]))
    if not ps:
        ps.append(P("Mm." if lang == "en" else "Dạ."))
    return ps


def build_inbound(r, lang, W, call, agent, speaker, scen, cust_name):
    f = set(call["faults"])
    decoys = []
    cats, problem, para, para_q, resolve, cdecoy = scen[1:]
    if cdecoy:
        decoys.append(cdecoy)
    segs = []
    # opening
    if "inbound/greeting_before_resolution" in f:
        q, a = r.choice(W["quick_q"])
        segs.append(S("customer", [P(q)]))
        segs.append(S("agent", [P(a, ["resolve"])]))
        decoys.append("answer_before_greeting")
        op = opening_pieces(r, W, lang, agent, call["faults"], decoys, cust_name)
        g = [p for p in op if "greet" in p["tags"]]
        if g and len(g[0]["tags"]) == 1:
            g[0]["text"] = r.choice(W["greet_after_answer"])
        segs.append(S("agent", op))
    else:
        if r.random() < 0.25:
            segs.append(S("customer", [P(r.choice(W["cust_first"]))]))
            segs.append(S("agent", [P(r.choice(W["agent_not_answer"]))]))
            decoys.append("customer_speaks_first_not_answer")
        segs.append(S("agent", opening_pieces(r, W, lang, agent, call["faults"], decoys,
                                              cust_name)))
    # problem
    pre, suf = speaker[1], speaker[2]
    anger_mode = None
    if call["anger"]:
        anger_mode = r.choice(["problem", "problem_own", "outburst", "late"])
    text = " ".join(x for x in [pre, problem, suf] if x)
    pcats = list(cats)
    angry_line, acats = None, []
    if anger_mode:
        kind = r.choice(["anger_bank", "anger_bank", "anger_third", "anger_swear",
                         "anger_outburst"])
        angry_line = r.choice(W[kind])
        if kind in ("anger_bank", "anger_outburst"):
            acats = ["complaint"]
        elif kind == "anger_third":
            decoys.append("third_party_anger")
        else:
            decoys.append("customer_swears_at_situation")
    if anger_mode == "problem":
        segs.append(S("customer", [P(text, cats=pcats), P(angry_line, cats=acats,
                                                          protect=True)], "negative"))
    elif anger_mode == "problem_own":
        segs.append(S("customer", [P(text, cats=pcats)]))
        segs.append(S("customer", [P(angry_line, cats=acats, protect=True)], "negative",
                      cut=True))
    else:
        segs.append(S("customer", [P(text, cats=pcats)]))
    anger_idx = len(segs) - 1 if anger_mode in ("problem", "problem_own") else None

    def agent_after_anger(pieces):
        """Agent reply after the angry segment: empathy first unless it fails."""
        seg = S("agent", pieces)
        if "angry_caller/empathy" in f:
            if r.random() < 0.5:
                decoys.append("empathy_after_20s")
                seg["late_empathy"] = True
        else:
            seg["pieces"] = [P(r.choice(W["empathy"]), ["empathy"])] + seg["pieces"]
        if "angry_caller/no_interrupting_angry_customer" in f:
            seg["interrupt"] = True
            decoys.append("agent_talks_over_angry_customer")
        return seg

    # restatement
    if "inbound/confirm_problem" in f:
        m = r.choice(["verbatim", "bare", "none"])
        if m == "verbatim":
            rest = [P(W["verbatim_prefix"] + problem, ["verbatim"])]
            decoys.append("verbatim_readback_not_own_words")
        elif m == "bare":
            rest = [P(r.choice(W["bare_ack"]))]
            decoys.append("bare_ack_not_restatement")
        else:
            rest = [P(r.choice(W["id_q"]))]
    else:
        if r.random() < 0.3:
            rest = [P(para_q, ["restate"])]
            decoys.append("restatement_as_question")
        else:
            rest = [P(para, ["restate"])]
    early_any = False
    if "inbound/anything_else" not in f and r.random() < 0.12:
        rest.append(P(r.choice(W["anyelse_early"]), ["anyelse"]))
        decoys.append("anything_else_before_solved")
        early_any = True
    seg_rest = agent_after_anger(rest) if anger_idx is not None else S("agent", rest)
    segs.append(seg_rest)
    slots = {"early": seg_rest}
    segs.append(S("customer", [P(r.choice(W["confirm_yes"]))]))
    if anger_mode == "outburst":
        kind = r.choice(["anger_outburst", "anger_third", "anger_swear"])
        line = r.choice(W[kind])
        segs.append(S("customer", [P(line, cats=["complaint"] if kind == "anger_outburst"
                                     else [], protect=True)], "negative"))
        if kind == "anger_third":
            decoys.append("third_party_anger")
        elif kind == "anger_swear":
            decoys.append("customer_swears_at_situation")
        anger_idx = len(segs) - 1
        segs.append(agent_after_anger([P(r.choice(W["cust_ok_short"]) if False else
                                         W["hold_agent"])]))
    # late company / name / offer
    short = not call["long"]
    if "inbound/company_name" in f and r.random() < 0.5:
        segs.append(S("agent", [P(W["late_company"], ["company"])], min_start=23.5, hold=1.0))
        decoys.append("company_only_in_hold_message")
    if "inbound/self_intro" in f and r.random() < 0.4:
        segs.append(S("customer", [P("Sorry, I missed your name." if lang == "en"
                                     else "Em tên gì vậy em?")]))
        segs.append(S("agent", [P(W["late_name"].format(n=agent[1]), ["name"])],
                      min_start=33.5))
        decoys.append("self_intro_after_30s")
    short = not call["long"]
    # id check
    if not short or r.random() < 0.4 or "inbound/offer_help" in f:
        segs.append(S("agent", [P(r.choice(W["id_q"]))]))
        segs.append(S("customer", [P(r.choice(W["id_a"]))]))
    if "inbound/offer_help" in f and r.random() < 0.5:
        segs.append(S("agent", [P(W["late_offer"], ["offer"])], min_start=48.5))
        segs.append(S("customer", [P(r.choice(W["confirm_yes"]))]))
        decoys.append("offer_after_45s")
    card_block(r, W, f, segs, decoys, lang)
    # resolution
    if "inbound/resolution" in f:
        res = [P(r.choice(W["vague"]), ["vague"])]
        decoys.append("vague_promise_not_resolution")
    else:
        res = [P(resolve, ["resolve"])]
    if r.random() < 0.25:
        res.append(P(r.choice(W["polite"]), ["polite"]))
        decoys.append("polite_lookalike")
    style = agent[2]
    if style == "humour" and r.random() < 0.7:
        res.insert(0, P(W["humour"], ["style"]))
    if style == "sales" and r.random() < 0.7:
        res.append(P(W["sales_pitch"].format(c=cust_name or "there"), ["style"]))
    for k in ("hue_touch", "minh_touch", "davang_touch"):
        if k.split("_")[0] == style and r.random() < 0.7:
            res.insert(0, P(W[k], ["style"]))
    if not short and r.random() < 0.5:
        segs.append(S("agent", [P(W["hold_agent"])]))
        segs.append(S("customer", [P(r.choice(W["hold_cust"]))]))
        segs.append(S("agent", [P(W["back_from_hold"])], hold=r.uniform(6, 18)))
    seg_res = S("agent", res)
    segs.append(seg_res)
    slots["mid"] = seg_res
    segs.append(S("customer", [P(r.choice(W["cust_ack"]))]))
    if anger_mode == "late":
        kind = r.choice(["anger_outburst", "anger_bank"])
        segs.append(S("customer", [P(r.choice(W[kind]), cats=["complaint"], protect=True)],
                      "negative"))
        anger_idx = len(segs) - 1
        segs.append(agent_after_anger([P(W["hold_agent"])]))
        segs.append(S("customer", [P(r.choice(W["calm_late"]))]))
    fill_at = len(segs)
    # thanks said mid-call / to a colleague
    if ("inbound/thanks" in f and r.random() < 0.6) or (not short and r.random() < 0.2):
        segs.append(S("agent", [P(W["colleague"], ["thanks_other"])], hold=r.uniform(4, 9)))
        decoys.append("thanks_to_colleague")
    if "inbound/thanks" in f and r.random() < 0.5:
        segs.append(S("agent", [P(W["thanks_mid"], ["thanks_other"])]))
        segs.append(S("customer", [P(r.choice(W["cust_ok_short"]))]))
        decoys.append("thanks_only_mid_call")
    # anything else
    if "inbound/anything_else" in f:
        pre_close = S("agent", [P("Right, that's all sorted then." if lang == "en"
                                  else "Dạ vậy là xong việc của mình rồi ạ.")])
        segs.append(pre_close)
        segs.append(S("customer", [P(r.choice(W["cust_ack"]))]))
    else:
        if early_any and r.random() < 0.5:
            pre_close = S("agent", [P("Right, that's that done." if lang == "en"
                                      else "Dạ vậy là xong rồi ạ.")])
        elif r.random() < 0.2:
            pre_close = S("agent", [P(r.choice(W["anyelse_isthatall"]), ["anyelse"])])
            decoys.append("anything_else_as_is_that_all")
        else:
            pre_close = S("agent", [P(r.choice(W["anyelse"]), ["anyelse"])])
        segs.append(pre_close)
        segs.append(S("customer", [P(r.choice(W["no_more"]))]))
    slots["closing"] = pre_close
    # closing
    if "inbound/thanks_before_goodbye" in f:
        close = [P(r.choice(W["bye_first"]), ["bye", "thanks"])]
        decoys.append("goodbye_before_thanks")
    else:
        close = []
        if "inbound/thanks" not in f:
            close.append(P(r.choice(W["thanks"]), ["thanks"]))
        if "inbound/goodbye" not in f:
            if r.random() < 0.25:
                close.append(P(r.choice(W["wish"]), ["bye"]))
                decoys.append("closing_wish_as_goodbye")
            else:
                close.append(P(r.choice(W["bye"]), ["bye"]))
        if not close:
            close.append(P("Okay." if lang == "en" else "Dạ."))
    if style == "title" and cust_name and lang == "en" and not (
            f & {"inbound/thanks", "inbound/thanks_before_goodbye"}):
        close.insert(0, P(W["title_use"].format(c=cust_name), ["thanks"]))
    segs.append(S("agent", close))
    if "inbound/goodbye" in f or r.random() < (0.2 if short else 0.6):
        segs.append(S("customer", [P(r.choice(W["cust_bye"]))], "positive"))
        if "inbound/goodbye" in f:
            decoys.append("customer_bye_only")
    place_bad(r, W, segs, call["faults"], decoys, slots)
    return segs, fill_at, decoys, anger_idx is not None


def card_block(r, W, f, segs, decoys, lang):
    fail = "forbidden/no_card_readback" in f
    if not fail and r.random() > 0.2:
        return
    groups = card_number(r)
    num = " ".join(groups)
    segs.append(S("agent", [P(W["card_ask"])]))
    segs.append(S("customer", [P(W["card_said"].format(num=num), protect=True)]))
    if fail and r.random() < 0.25:
        cvv = f"{r.randint(100, 999):03d}"
        segs.append(S("agent", [P(W["cvv_ask"])]))
        segs.append(S("customer", [P(W["cvv_said"].format(cvv=cvv), protect=True)]))
        segs.append(S("agent", [P(W["cvv_back"].format(cvv=cvv), ["card"], protect=True)]))
        decoys.append("security_code_read_back")
    elif fail:
        segs.append(S("agent", [P(W["card_full"].format(num=num), ["card"], protect=True)]))
        decoys.append("full_card_read_back")
    else:
        segs.append(S("agent", [P(W["card_last4"].format(last=groups[-1]), ["last4"],
                                  protect=True)]))
        decoys.append("last_four_readback")
    if r.random() < 0.3:
        segs.append(S("customer", [P(r.choice(W["confirm_yes"]))]))


def build_outbound(r, lang, W, call, agent, scen):
    f = set(call["faults"])
    decoys = []
    cats, purpose, reply, step = scen[1:]
    given = agent[1]
    segs = [S("customer", [P(r.choice(W["out_hello"]))])]
    name_ok = "outbound/identify_self" not in f
    comp_ok = "outbound/identify_company" not in f
    late_name = not name_ok and r.random() < 0.5
    late_comp = not comp_ok and r.random() < 0.5
    op = []
    if name_ok:
        op.append(P(r.choice(W["out_intro_name"]).format(n=given) + ",", ["oname"]))
    elif comp_ok:
        op.append(P("Hi there," if lang == "en" else "Dạ em chào anh chị,"))
        decoys.append("company_without_name")
    if comp_ok:
        op.append(P(r.choice(W["out_intro_company"]), ["ocompany"]))
    elif name_ok:
        decoys.append("name_without_company")
    if not name_ok and not comp_ok:
        op = [P(W["out_team_only"], ["team"])]
        decoys.append("team_name_only")
    segs.append(S("agent", op))
    if late_name or late_comp:
        segs.append(S("customer", [P(r.choice(W["out_ask_who"]))]))
        lp = []
        if late_name:
            lp.append(P(W["out_late_name"].format(n=given), ["oname"]))
            decoys.append("name_only_after_30s")
        if late_comp:
            lp.append(P(W["out_late_company"], ["ocompany"]))
            decoys.append("company_only_after_30s")
        segs.append(S("agent", lp, min_start=33.5))
    purpose_p = P((purpose[0].upper() + purpose[1:] if lang == "vi" else purpose),
                  ["purpose"])
    late_purpose = "outbound/purpose" in f
    rec = "outbound/recording_disclosure" in f
    late_rec = rec and r.random() < 0.5
    cons_f = "outbound/consent" in f
    late_cons = cons_f and r.random() < 0.5
    block = []
    if not late_purpose:
        block.append(purpose_p)
    rec_p = P(r.choice(W["record"]), ["record"])
    con_p = P(r.choice(W["consent"]), ["consent"])
    if not rec:
        block.append(rec_p)
        if not cons_f:
            block.append(con_p)
        elif not late_cons:
            decoys.append("recording_notice_without_consent")
    if block:
        segs.append(S("agent", block))
        if not rec and not cons_f:
            segs.append(S("customer", [P(r.choice(W["consent_yes"]))]))
    segs.append(S("agent", [P(W["out_dob"])]))
    segs.append(S("customer", [P(r.choice(W["id_a"]))]))
    if late_purpose:
        segs.append(S("agent", [purpose_p], min_start=63.5))
        decoys.append("purpose_after_id_check_past_60s")
    if late_rec:
        segs.append(S("agent", [rec_p], min_start=63.5))
        decoys.append("recording_notice_after_60s")
        segs.append(S("customer", [P(r.choice(W["cust_ok_short"]))]))
    if late_cons:
        segs.append(S("agent", [con_p], min_start=93.5))
        segs.append(S("customer", [P(r.choice(W["consent_yes"]))]))
        decoys.append("consent_only_after_90s")
    card_block(r, W, f, segs, decoys, lang)
    anger = call["anger"]
    if anger:
        line = r.choice(W["anger_out"])
        segs.append(S("customer", [P(reply, cats=cats), P(line, cats=["complaint"],
                                                          protect=True)], "negative"))
    else:
        segs.append(S("customer", [P(reply, cats=cats)]))

    nxt = [P(step, ["step"])]
    if r.random() < 0.2:
        nxt.append(P(r.choice(W["polite"]), ["polite"]))
        decoys.append("polite_lookalike")
    if anger:
        seg = S("agent", nxt)
        if "angry_caller/empathy" in f:
            if r.random() < 0.5:
                seg["late_empathy"] = True
                decoys.append("empathy_after_20s")
        else:
            seg["pieces"] = [P(r.choice(W["empathy"]), ["empathy"])] + nxt
        if "angry_caller/no_interrupting_angry_customer" in f:
            seg["interrupt"] = True
            decoys.append("agent_talks_over_angry_customer")
    else:
        seg = S("agent", nxt)
    segs.append(seg)
    slots = {"early": seg, "mid": seg}
    short = not call["long"]
    if not short or r.random() < 0.5:
        segs.append(S("customer", [P(r.choice(W["cust_ack"]))]))
    fill_at = len(segs)
    if not short or r.random() < 0.5:
        pre_close = S("agent", [P(r.choice(W["anyelse"]), ["anyelse"])])
        segs.append(pre_close)
        segs.append(S("customer", [P(r.choice(W["no_more"]))]))
    else:
        pre_close = seg
    slots["closing"] = pre_close
    segs.append(S("agent", [P(r.choice(W["thanks"]), ["thanks"]),
                            P(r.choice(W["bye"]), ["bye"])]))
    if not short or r.random() < 0.5:
        segs.append(S("customer", [P(r.choice(W["cust_bye"]))], "positive"))
    place_bad(r, W, segs, call["faults"], decoys, slots)
    return segs, fill_at, decoys, anger


# ---------------------------------------------------------------- noise
EN_HOMO = {"would": "wood", "our": "hour", "there": "their", "right": "write",
           "check": "cheque", "loan": "lone", "sell": "cell"}
EN_SPLIT = {"account": "a count", "overpayment": "over payment", "passport": "pass port",
            "birthday": "birth day", "unlock": "un lock", "invoice": "in voice",
            "subscription": "sub scription", "mortgage": "more gauge"}
EN_JOIN = {("a", "lot"): "alot", ("of", "the"): "ofthe", ("can", "you"): "canyou",
           ("it", "was"): "itwas", ("does", "not"): "doesnt", ("did", "not"): "didnt"}
EN_NUM = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twenty": "20",
          "thirty": "30", "forty": "40"}
EN_NUMWORDS = set(EN_NUM) | {"hundred", "thousand", "fifty", "sixty", "seventy", "eighty",
                             "ninety", "eleven", "twelve", "fifteen", "and", "point"}
EN_FILL = ["uhh", "ahm", "you know", "okay so"]
EN_ACME = ["acmee", "acmie", "ak me"]
VI_JOIN = {("số", "tiền"): "sốtiền", ("tiền", "lãi"): "tiềnlãi", ("hạn", "mức"): "hạnmức",
           ("chuyển", "tiền"): "chuyểntiền", ("đăng", "ký"): "đăngký",
           ("hợp", "đồng"): "hợpđồng", ("bảo", "hiểm"): "bảohiểm"}
VI_SWAP = {"rồi": "rối", "tháng": "thàng", "tiền": "tiên", "bị": "bì", "mới": "mơi"}
VI_NUM = {"một": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
          "tám": "8", "chín": "9", "mười": "10"}
VI_NUMWORDS = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
               "mươi", "trăm", "lăm", "tư", "mốt", "linh", "lẻ", "phẩy"}
VI_UNITS = {"triệu", "nghìn", "ngày", "lần", "tháng", "giờ", "phút"}
VI_FILL = ["ờ thì", "à mà", "ơ"]
VI_ABC = ["ê bê xê", "ây bê xi", "a bé xê"]
PUNCT = ".,?!;:"


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def nxt_of(toks, i):
    return toks[i + 1] if i + 1 < len(toks) else ""


def noise_piece(r, lang, toks, level_p):
    out = [t.lower().strip(PUNCT) for t in toks]
    out = [t for t in out if t]
    if lang == "en":
        res = []
        i = 0
        while i < len(out):
            t = out[i]
            if i + 1 < len(out) and (t, out[i + 1]) in EN_JOIN and r.random() < 0.35:
                res.append(EN_JOIN[(t, out[i + 1])])
                i += 2
                continue
            if t == "acme" and r.random() < 0.3:
                res.extend(r.choice(EN_ACME).split())
            elif t in EN_HOMO and r.random() < 0.15:
                res.extend(EN_HOMO[t].split())
            elif t in EN_SPLIT and r.random() < 0.35:
                res.extend(EN_SPLIT[t].split())
            elif t in EN_NUM and r.random() < 0.5 and \
                    not {out[i - 1] if i else "", nxt_of(out, i)} & EN_NUMWORDS:
                res.append(EN_NUM[t])
            else:
                res.append(t)
            i += 1
        return res
    res = []
    i = 0
    strip_all = r.random() < 0.12 * level_p
    while i < len(out):
        t = out[i]
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if (t, nxt) in VI_JOIN and r.random() < 0.35:
            res.append(VI_JOIN[(t, nxt)])
            i += 2
            continue
        if t == "abc" and r.random() < 0.3:
            res.extend(r.choice(VI_ABC).split())
        elif t in VI_NUM and nxt in VI_UNITS and r.random() < 0.5 and \
                (i == 0 or out[i - 1] not in VI_NUMWORDS):
            res.append(VI_NUM[t])
        elif t in VI_SWAP and r.random() < 0.05:
            res.append(VI_SWAP[t])
        elif strip_all or r.random() < 0.06:
            res.append(strip_marks(t))
        else:
            res.append(t)
        i += 1
    return res


def noise_segment(r, lang, seg, level):
    """Return a list of token lists, one per piece (plus an optional filler piece)."""
    p = [0.45, 0.65, 0.85, 0.95][level]
    toks = [pc["text"].split() for pc in seg["pieces"]]
    if r.random() > p:
        return toks, False
    out = []
    for pc, tk in zip(seg["pieces"], toks, strict=False):
        if pc["protect"]:
            t2 = [t.lower().strip(PUNCT) for t in tk]
            out.append([t for t in t2 if t])
        else:
            out.append(noise_piece(r, lang, tk, p) or [tk[0].lower()])
    if r.random() < 0.15:
        fill = r.choice(EN_FILL if lang == "en" else VI_FILL).split()
        out.insert(0, fill)
        seg["pieces"] = [P(" ".join(fill), ["filler"])] + seg["pieces"]
    return out, True


# ---------------------------------------------------------------- timing
def time_call(r, segs, speeds):
    """Give every word a time in centiseconds; returns timed segments and metrics."""
    timed = []
    t_end = 0
    anger_start = None
    inter = []
    for seg in segs:
        toks = seg["toks"]
        last = timed[-1] if timed else None
        if seg["interrupt"] and last is not None:
            ov = r.randint(40, 140)
            start = last["end"] - ov
            if start < last["start"] + 100:
                start = last["start"] + 100
        else:
            gap = r.randint(30, 80) if seg["cut"] else r.randint(35, 125)
            start = (t_end if timed else r.randint(30, 200)) + gap + int(seg["hold"] * 100)
        if seg["min_start"] is not None:
            start = max(start, int(seg["min_start"] * 100) + r.randint(0, 250))
        if seg["after_anger"] is not None and anger_start is not None:
            start = max(start, anger_start + int(seg["after_anger"] * 100) + r.randint(0, 200))
        sp = speeds[seg["speaker"]]
        t = start
        words = []
        pstarts = []
        for tk in toks:
            pstarts.append(t)
            for w in tk:
                d = int(round((15 + 4.2 * min(len(w), 10)) * sp * r.uniform(0.85, 1.15)))
                words.append([t, t + d, w])
                t = t + d + r.randint(3, 12)
        end = words[-1][1]
        ts = {"seg": seg, "start": start, "end": end, "words": words, "pstarts": pstarts}
        if seg["interrupt"] and last is not None and start < last["end"]:
            inter.append({"speaker": seg["speaker"],
                          "interrupted": last["seg"]["speaker"],
                          "start_s": start / 100, "overlap_s": (last["end"] - start) / 100})
        if seg["speaker"] == "customer" and seg["sent"] == "negative" and anger_start is None:
            anger_start = start
        timed.append(ts)
        t_end = max(t_end, end)
    return timed, inter


# ---------------------------------------------------------------- truth
WIN_IN = {"greet": 2000, "company": 2000, "name": 3000, "offer": 4500}
WIN_OUT = {"oname": 3000, "ocompany": 3000, "purpose": 6000, "record": 6000, "consent": 9000}


def first_start(timed, tag, lo=None, hi=None):
    best = None
    for ts in timed:
        if ts["seg"]["speaker"] != "agent":
            continue
        for pc, st in zip(ts["seg"]["pieces"], ts["pstarts"], strict=False):
            if (tag in pc["tags"] and (lo is None or st > lo) and (hi is None or st < hi)
                    and (best is None or st < best)):
                best = st
    return best


def compute_truth(timed, inter, direction, lang, anger_start):
    end = max(ts["end"] for ts in timed)
    tr = {k: "not_applicable" for k in KEYS}
    fs = first_start
    if direction == "in":
        for tag, key in [("greet", KEYS[0]), ("company", KEYS[1]), ("name", KEYS[2]),
                         ("offer", KEYS[3])]:
            tr[key] = "pass" if fs(timed, tag, hi=WIN_IN[tag]) is not None else "fail"
        tr[KEYS[4]] = "pass" if fs(timed, "restate") is not None else "fail"
        tr[KEYS[5]] = "pass" if fs(timed, "resolve") is not None else "fail"
        tr[KEYS[6]] = "pass" if fs(timed, "anyelse") is not None else "fail"
        th = fs(timed, "thanks", lo=end - 2500)
        by = fs(timed, "bye", lo=end - 2500)
        tr[KEYS[7]] = "pass" if th is not None else "fail"
        tr[KEYS[8]] = "pass" if by is not None else "fail"
        if tr[KEYS[0]] == "pass" and tr[KEYS[5]] == "pass":
            g = fs(timed, "greet", hi=WIN_IN["greet"])
            tr[KEYS[9]] = "fail" if fs(timed, "resolve") < g else "pass"
        if th is not None and by is not None:
            tr[KEYS[10]] = "fail" if by < th else "pass"
            if by == th:  # one piece holding both: the goodbye words come first
                tr[KEYS[10]] = "fail"
    else:
        for tag, key in zip(["oname", "ocompany", "purpose", "record"], OUTB, strict=False):
            tr[key] = "pass" if fs(timed, tag, hi=WIN_OUT[tag]) is not None else "fail"
        if tr[OUTB[3]] == "pass":
            tr[OUTB[4]] = "pass" if fs(timed, "consent", hi=9000) is not None else "fail"
    if anger_start is not None:
        e = fs(timed, "empathy", lo=anger_start - 1, hi=anger_start + 2000)
        tr[KEYS[16]] = "pass" if e is not None else "fail"
        bad = False
        for it in inter:
            if it["speaker"] != "agent":
                continue
            s = round(it["start_s"] * 100)
            for ts in timed:
                sg = ts["seg"]
                if sg["speaker"] == "customer" and sg["sent"] == "negative" \
                        and ts["start"] <= s < ts["end"]:
                    bad = True
        tr[KEYS[18]] = "fail" if bad else "pass"
    tr[KEYS[17]] = "fail" if fs(timed, "blame") is not None else "pass"
    tr[KEYS[19]] = "fail" if fs(timed, "swear") is not None else "pass"
    if lang == "vi":
        tr[KEYS[20]] = "fail" if fs(timed, "strict") is not None else "pass"
    tr[KEYS[21]] = "fail" if fs(timed, "rude") is not None else "pass"
    tr[KEYS[22]] = "fail" if fs(timed, "card") is not None else "pass"
    return tr, end


def edges_ok(timed, direction, end, anger_start):
    edges = {}
    if direction == "in":
        for tag, e in WIN_IN.items():
            edges[tag] = [e]
        edges["thanks"] = [end - 2500]
        edges["bye"] = [end - 2500]
    else:
        edges.update({k: [v] for k, v in WIN_OUT.items()})
    if anger_start is not None:
        edges["empathy"] = [anger_start, anger_start + 2000]
    for ts in timed:
        if ts["seg"]["speaker"] != "agent":
            continue
        for pc, st in zip(ts["seg"]["pieces"], ts["pstarts"], strict=False):
            for tag in pc["tags"]:
                for e in edges.get(tag, []):
                    if abs(st - e) < 200 or (ts["start"] < e) != (st < e):
                        return False
                if tag == "thanks_other" and st > end - 2800:
                    return False
    return True


# ---------------------------------------------------------------- independent text check
TX = {
    "en": {
        "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome"],
        "company": ["acme", "acmee", "acmie", "ak me"],
        "offer": ["help", "assist", "what can", "how can", "how may", "here to"],
        "thanks": ["thank", "thanks", "cheers", "ta"],
        "bye": ["bye", "goodbye", "take care", "have a", "enjoy", "all the best", "see you"],
        "anyelse": ["anything else", "something else", "any other", "is that everything",
                    "is that all"],
        "record": ["record", "recorded", "recording"],
        "empathy": ["sorry", "understand", "apologise", "apologies", "awful", "exhausting",
                    "frustrating", "upset"],
        "swear": ["shit", "damn", "bloody", "crap", "hell", "fuck's", "fuck", "fucking"],
        "code": ["code", "cvv"],
    },
    "vi": {
        "greet": ["chào", "alô", "alo"],
        "company": ["abc", "ê bê xê", "ây bê xi", "a bé xê"],
        "offer": ["giúp", "hỗ trợ", "cần gì", "lo mọi việc"],
        "thanks": ["cảm ơn", "cám ơn"],
        "bye": ["chào", "tạm biệt", "chúc"],
        "anyelse": ["gì khác", "gì nữa", "cần thêm", "xong hết việc"],
        "record": ["ghi âm"],
        "empathy": ["xin lỗi", "hiểu", "thông cảm", "tiếc", "mệt"],
        "swear": ["đéo", "địt", "đụ", "vãi", "lồn"],
        "code": ["mã bảo mật", "cvv"],
    },
}


def tok_match(tok, kw, lang):
    if tok == kw:
        return True
    return lang == "vi" and strip_marks(tok) == tok and strip_marks(kw) == tok


def has_kw(words, kws, lang, lo=-1, hi=10 ** 9):
    toks = [w[2].lower().strip(PUNCT) for w in words if lo < w[0] < hi]
    for kw in kws:
        parts = kw.split()
        n = len(parts)
        for i in range(len(toks) - n + 1):
            if all(tok_match(toks[i + j], parts[j], lang) for j in range(n)):
                return i
    return None


def agent_words(row):
    out = []
    for s in row["segments"]:
        if s["speaker"] == "agent":
            out.extend([[round(w[0] * 100), w[1], w[2]] for w in s["words"]])
    return out


def text_check(row):
    lang = row["language"]
    T = TX[lang]
    tr = row["truth"]
    aw = agent_words(row)
    end = round(max(s["end"] for s in row["segments"]) * 100)
    given = row["metadata"]["agent_name"].split()[0 if lang == "en" else -1].lower()
    errs = []

    def absent(key, kws, lo, hi):
        if tr[key] == "fail" and has_kw(aw, kws, lang, lo, hi) is not None:
            errs.append(key)

    absent(KEYS[0], T["greet"], -1, 2100)
    absent(KEYS[1], T["company"], -1, 2100)
    absent(KEYS[11 + 1], T["company"], -1, 3100)
    absent(KEYS[2], [given], -1, 3100)
    absent(KEYS[11], [given], -1, 3100)
    absent(KEYS[3], T["offer"], -1, 4600)
    absent(KEYS[7], T["thanks"], end - 2600, 10 ** 9)
    absent(KEYS[8], T["bye"], end - 2600, 10 ** 9)
    absent(KEYS[6], T["anyelse"], -1, 10 ** 9)
    absent(KEYS[14], T["record"], -1, 6100)
    if tr[KEYS[10]] == "fail":
        late = [w for w in aw if w[0] > end - 2500]
        b = has_kw(late, T["bye"], lang)
        t = has_kw(late, T["thanks"], lang)
        if b is None or t is None or b > t:
            errs.append(KEYS[10])
    neg = [s for s in row["segments"] if s["speaker"] == "customer"]
    neg = [s for s, se in zip(row["segments"], row["sentiment"], strict=False)
           if s["speaker"] == "customer" and se == "negative"]
    if not neg and tr[KEYS[16]] != "not_applicable":
        errs.append(KEYS[16])
    if neg and tr[KEYS[16]] == "fail":
        a = round(neg[0]["start"] * 100)
        if has_kw(aw, T["empathy"], lang, a - 1, a + 2100) is not None:
            errs.append(KEYS[16])
    sw = any(w[2].lower().strip(PUNCT) in T["swear"] for w in aw)
    if lang == "en":
        sw = sw or has_kw(aw, ["for fuck's sake"], lang) is not None
    if sw != (tr[KEYS[19]] == "fail"):
        errs.append(KEYS[19])
    if lang == "vi":
        st = any(w[2].lower().strip(PUNCT) in TX["vi"]["swear"] for w in aw)
        if st != (tr[KEYS[20]] == "fail"):
            errs.append(KEYS[20])
    card = False
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        run = 0
        toks = [w[2].lower().strip(PUNCT) for w in s["words"]]
        for i, tk in enumerate(toks):
            run = run + len(tk) if tk.isdigit() else 0
            if run >= 12:
                card = True
            if tk.isdigit() and len(tk) == 3 and i > 0:
                prev = " ".join(toks[max(0, i - 3):i])
                if any(prev.endswith(c) for c in T["code"]):
                    card = True
    if card != (tr[KEYS[22]] == "fail"):
        errs.append(KEYS[22])
    bad = False
    for it in row["metrics"]["interruptions"]:
        if it["speaker"] != "agent":
            continue
        for s, se in zip(row["segments"], row["sentiment"], strict=False):
            if s["speaker"] == "customer" and se == "negative" and \
                    s["start"] <= it["start_s"] < s["end"]:
                bad = True
    if neg and bad != (tr[KEYS[18]] == "fail"):
        errs.append(KEYS[18])
    return errs


def structure_check(row):
    errs = []
    if list(row["truth"]) != KEYS:
        errs.append("keys")
    if row["faults"] != [k for k in KEYS if row["truth"][k] == "fail"]:
        errs.append("faults")
    segs = row["segments"]
    if len(row["sentiment"]) != len(segs):
        errs.append("sentiment")
    inter = {round(i["start_s"] * 100) for i in row["metrics"]["interruptions"]}
    hi = 0
    prev = -1
    for s in segs:
        if " ".join(w[2] for w in s["words"]) != s["text"]:
            errs.append("text")
        ws = s["words"]
        if ws[0][0] != s["start"] or ws[-1][1] != s["end"]:
            errs.append("bounds")
        for a, b in zip(ws, ws[1:], strict=False):
            if b[0] < a[1]:
                errs.append("order")
        for w in ws:
            for x in w[:2]:
                if abs(x * 100 - round(x * 100)) > 1e-6:
                    errs.append("grid")
        st = round(s["start"] * 100)
        if st < prev:
            errs.append("seg order")
        if st < hi and st not in inter:
            errs.append("overlap")
        prev = st
        hi = max(hi, round(s["end"] * 100))
    for rv in row["metrics"]["raised_voice"]:
        ok = any(s["speaker"] == "customer" and se == "negative" and s["start"] <= rv["start_s"]
                 and rv["end_s"] <= s["end"] for s, se in zip(segs, row["sentiment"], strict=False))
        if not ok:
            errs.append("raised")
    dur = max(s["end"] for s in segs)
    if not 50 <= dur <= 240:
        errs.append("duration")
    if row["categories"] != sorted(row["categories"]):
        errs.append("cats")
    if row["language"] == "en" and row["truth"][STRICT] != "not_applicable":
        errs.append("strict n/a")
    return errs


# ---------------------------------------------------------------- assembly
def expand(r, segs, style, W):
    out = []
    for seg in segs:
        parts = split_turn(r, seg, style)
        out.extend(parts)
        if seg.get("late_empathy"):
            out.append(S("customer", [P(r.choice(W["cust_ok_short"]))], "negative"))
            out.append(S("agent", [P(r.choice(W["empathy"]), ["empathy"])], after_anger=23.5))
        out.extend(seg.get("extra_after", []))
    return out


def make_call(lang, idx, call, scen, agent, speaker, cust_name, attempt):
    r = rng_for(lang, idx, attempt)
    W = EN if lang == "en" else VI
    if call["dir"] == "in":
        segs, fill_at, decoys, _ = build_inbound(r, lang, W, call, agent, speaker, scen,
                                                 cust_name)
    else:
        segs, fill_at, decoys, _ = build_outbound(r, lang, W, call, agent, scen)
    lo, hi = (21, 34) if call["long"] else (9, 15)
    target = r.randint(lo, hi)
    fills = list(W["fillers"])
    r.shuffle(fills)
    base = len(expand(rng_for("x"), segs, "", W))
    k = 0
    while base + 2 * (k + 1) <= target and k < len(fills):
        k += 1
    extra = []
    for q, a in fills[:k]:
        extra += [S("agent", [P(q)]), S("customer", [P(a)])]
    segs = segs[:fill_at] + extra + segs[fill_at:]
    segs = expand(r, segs, agent[2], W)
    if not lo <= len(segs) <= hi:
        return None, "count"
    # calm interruptions (recorded, never on an angry customer)
    for i in range(1, len(segs)):
        a, b = segs[i - 1], segs[i]
        if b["interrupt"] or b["cut"] or b["min_start"] or b["after_anger"] or b["hold"]:
            continue
        if a["speaker"] == b["speaker"] or a["sent"] == "negative" or i < 3:
            continue
        if r.random() < 0.012:
            b["interrupt"] = True
            decoys.append("agent_talks_over_calm_customer" if b["speaker"] == "agent"
                          else "customer_talks_over_agent")
    level = r.choice([0, 1, 2, 2, 3])
    changed = 0
    for seg in segs:
        seg["toks"], ch = noise_segment(r, lang, seg, level)
        changed += ch
    speeds = {"agent": 0.8 if agent[2] in ("fast", "joiner") else 1.0, "customer": speaker[3]}
    timed, inter = time_call(r, segs, speeds)
    anger_start = None
    for ts in timed:
        if ts["seg"]["speaker"] == "customer" and ts["seg"]["sent"] == "negative":
            anger_start = ts["start"]
            break
    if call["anger"] != (anger_start is not None):
        return None, "anger"
    truth, end = compute_truth(timed, inter, call["dir"], lang, anger_start)
    fails = [k for k in KEYS if truth[k] == "fail"]
    if sorted(fails) != sorted(call["faults"]):
        return None, "plan"
    if not edges_ok(timed, call["dir"], end, anger_start):
        return None, "edge"
    if not 5000 <= end <= 24000:
        return None, "length"
    raised = []
    for ts in timed:
        sg = ts["seg"]
        if sg["speaker"] == "customer" and sg["sent"] == "negative" and r.random() < 0.45:
            s0 = ts["start"] + r.randint(0, max(1, (ts["end"] - ts["start"]) // 3))
            e0 = min(ts["end"], s0 + r.randint(150, 400))
            if e0 > s0:
                raised.append({"speaker": "customer", "start_s": s0 / 100, "end_s": e0 / 100,
                               "above_median_db": round(r.uniform(6, 14), 1)})
    cats = sorted({c for ts in timed for pc in ts["seg"]["pieces"] for c in pc["cats"]},
                  key=CATS.index)
    cats = sorted(cats)
    segments = []
    for ts in timed:
        words = [[w[0] / 100, w[1] / 100, w[2]] for w in ts["words"]]
        segments.append({"speaker": ts["seg"]["speaker"], "start": ts["start"] / 100,
                         "end": ts["end"] / 100, "text": " ".join(w[2] for w in words),
                         "words": words})
    dec = []
    for d in decoys:
        if d not in dec:
            dec.append(d)
    n_seg = len(segments)
    ctx = "{}/{}; {}; {}; {} call; noise {:d}; {}".format(
        "inbound" if call["dir"] == "in" else "outbound", scen[0],
        speaker[0] if call["dir"] == "in" else "outbound customer", agent[2] + " agent",
        "long" if call["long"] else "short", level, "angry" if call["anger"] else "calm")
    row = {
        "id": f"{lang}-{SPLIT}-{idx:03d}",
        "split": SPLIT, "language": lang,
        "metadata": {"direction": "inbound" if call["dir"] == "in" else "outbound",
                     "queue": queue_for(lang, scen[1]), "agent_name": agent[0],
                     "language": lang},
        "faults": fails, "decoys": dec, "context": ctx, "segments": segments,
        "sentiment": [ts["seg"]["sent"] for ts in timed],
        "metrics": {"speaker_separated": True, "interruptions": inter,
                    "raised_voice": raised},
        "truth": truth, "categories": cats,
    }
    e = structure_check(row) + text_check(row)
    if e:
        return None, "check:" + ",".join(sorted(set(e)))
    row["_changed"] = (changed, n_seg)
    return row, "ok"


QUEUES = {"en": {"card_lost": "cards", "fraud": "fraud", "payment": "payments",
                 "billing": "billing", "refund": "disputes", "outage": "digital",
                 "address_change": "account_admin", "cancellation": "retention",
                 "complaint": "complaints"},
          "vi": {"card_lost": "the", "fraud": "gian_lan", "payment": "thanh_toan",
                 "billing": "phi", "refund": "hoan_tien", "outage": "ngan_hang_so",
                 "address_change": "ho_so", "cancellation": "giu_chan",
                 "complaint": "khieu_nai"}}


def queue_for(lang, cats):
    for c in cats:
        return QUEUES[lang][c]
    return "general" if lang == "en" else "tong_dai"


# ---------------------------------------------------------------- main
def build_lang(lang, stats):
    plan = plan_lang(lang)
    r = rng_for("assign", lang)
    sc_in = EN_IN if lang == "en" else VI_IN
    sc_out = EN_OUT if lang == "en" else VI_OUT
    agents = EN_AGENTS if lang == "en" else VI_AGENTS
    speakers = EN_SPEAKERS if lang == "en" else VI_SPEAKERS
    order_in = list(range(len(sc_in)))
    order_out = list(range(len(sc_out)))
    r.shuffle(order_in)
    r.shuffle(order_out)
    rows = []
    n_in = n_out = 0
    base = 0 if lang == "en" else 150
    for i, call in enumerate(plan):
        if call["dir"] == "in":
            scen = sc_in[order_in[n_in % len(order_in)]]
            n_in += 1
        else:
            scen = sc_out[order_out[n_out % len(order_out)]]
            n_out += 1
        agent = agents[i % len(agents)]
        speaker = speakers[r.randrange(len(speakers))]
        cust = r.choice(EN_CUSTOMER_NAMES) if lang == "en" else None
        for attempt in range(400):
            row, why = make_call(lang, base + i, call, scen, agent, speaker, cust, attempt)
            stats[why.split(":")[0]] = stats.get(why.split(":")[0], 0) + 1
            if why.startswith("check"):
                stats[why] = stats.get(why, 0) + 1
            if row is not None:
                rows.append(row)
                break
        else:
            raise SystemExit(f"no valid draw for {lang} {i} {call} {stats}")
    return rows


def build():
    stats = {}
    rows = build_lang("en", stats) + build_lang("vi", stats)
    changed = sum(r.pop("_changed")[0] for r in rows)
    nseg = sum(len(r["segments"]) for r in rows)
    validate(rows)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, stats, (changed, nseg)


def validate(rows):
    assert len(rows) == 300
    ids = [r["id"] for r in rows]
    assert ids == [f"en-{SPLIT}-{i:03d}" for i in range(150)] + \
        [f"vi-{SPLIT}-{i:03d}" for i in range(150, 300)]
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        dirs = [r["metadata"]["direction"] for r in lr]
        assert dirs.count("inbound") == 110 and dirs.count("outbound") == 40
        for k in KEYS:
            n = sum(r["truth"][k] == "fail" for r in lr)
            if k == STRICT and lang == "en":
                assert n == 0
            else:
                assert n >= (10 if k == STRICT else 9), (lang, k, n)
        nl = sum(len(r["segments"]) >= 21 for r in lr)
        assert 45 <= nl <= 55, nl
    for k in KEYS:
        assert sum(r["truth"][k] == "pass" for r in rows) >= 40 or k == STRICT, k
    assert sum(r["truth"][STRICT] == "pass" for r in rows) >= 40
    assert sum(not r["faults"] for r in rows) >= 40
    for c in CATS:
        assert sum(c in r["categories"] for r in rows) >= 15, c
    for r in rows:
        assert len(r["faults"]) <= 3
        n = len(r["segments"])
        assert 9 <= n <= 15 or 21 <= n <= 34
        assert not structure_check(r) and not text_check(r), r["id"]


def tables(rows):
    lines = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
             "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            lr = [r for r in rows if r["language"] == lang]
            cells += [str(sum(r["truth"][k] == v for r in lr))
                      for v in ("fail", "pass", "not_applicable")]
        lines.append("| {} | {} |".format(k, " | ".join(cells)))
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        n = [sum((c in r["categories"]) if c != "(none)" else not r["categories"]
                 for r in rows if r["language"] == lang) for lang in ("en", "vi")]
        lines.append(f"| {c} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    fc = [sum(len(r["faults"]) == j for r in rows) for j in range(4)]
    lines.append("")
    lines.append("Faults per call: 0 in {}, 1 in {}, 2 in {}, 3 in {}.".format(*fc))
    dec = {}
    for r in rows:
        for d in r["decoys"]:
            dec[d] = dec.get(d, 0) + 1
    lines.append("")
    lines.append("Decoys: " + ", ".join(f"{d} {dec[d]}" for d in sorted(dec)))
    dur = [max(s["end"] for s in r["segments"]) for r in rows]
    ang = sum(any(s == "negative" for s in r["sentiment"]) for r in rows)
    lines.append("")
    lines.append("Anger in {} calls; raised voice in {}; interruptions in {}; "
                 "{:.1f}-{:.1f} s.".format(
        ang, sum(bool(r["metrics"]["raised_voice"]) for r in rows),
        sum(bool(r["metrics"]["interruptions"]) for r in rows), min(dur), max(dur)))
    return "\n".join(lines)


def main():
    text, rows, stats, ch = build()
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8")
        if old != text:
            raise SystemExit("heldout15.jsonl differs from a fresh build")
        print("check: heldout15.jsonl is byte-identical to a fresh build")
    else:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.name} ({len(rows)} rows)")
    print(tables(rows))
    print("")
    print("draws: " + ", ".join(f"{k} {stats[k]}" for k in sorted(stats)))
    print("noised segments: {} of {}".format(*ch))


if __name__ == "__main__":
    main()
