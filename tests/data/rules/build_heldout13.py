"""Build heldout13: a blind held-out set of synthetic call transcripts (English + Vietnamese).

Standard library only. Deterministic (string-seeded generators, no hash-order dependence).

    python3 tests/data/rules/build_heldout13.py          # write heldout13.jsonl, validate, tables
    python3 tests/data/rules/build_heldout13.py --check  # rebuild in memory, compare bytes
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = "20261313"
HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout13.jsonl"
SPLIT = "heldout13"

RULES = [
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
IN_RULES = RULES[:11]
OUT_RULES = RULES[11:16]
GEN_RULES = ["angry_caller/empathy", "angry_caller/no_blame",
             "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
             "forbidden/rude", "forbidden/no_card_readback"]

# --------------------------------------------------------------------------------------------
# English wordings (all written for this set)
# --------------------------------------------------------------------------------------------
# inbound scenario: key, queue, problem, categories, restatement, resolution, decoy tag
EN_IN = [
    ("mortgage_payment_holiday", "mortgages",
     "I've been signed off work with my back and I need to pause my mortgage payments for a "
     "couple of months if that's at all possible.", [],
     "So you're off sick and you'd like a break from the mortgage payments for two months.",
     "I've put a payment holiday in for May and June, and a letter confirming it will reach "
     "you within five working days.", ""),
    ("safe_deposit_box_closing", "branches",
     "We're sorting out my dad's affairs and I want to close the safe deposit box he rented "
     "at the High Street branch.", ["cancellation"],
     "You want to close the safe deposit box your father kept at the High Street branch.",
     "I've booked you in at that branch on Thursday at ten to empty the box, just bring photo "
     "ID and the key with you.", ""),
    ("pension_lump_sum_missing", "payments",
     "My pension lump sum was supposed to land on Monday and there's still nothing showing in "
     "my account.", [],
     "So the lump sum from your pension was due Monday and it hasn't arrived.",
     "I can see it was held by the sending bank, I've sent them a trace today and it should "
     "credit by Wednesday evening.", ""),
    ("carer_wages_standing_order", "payments",
     "I need to set up a standing order so my mum's carer gets paid every Friday.",
     ["payment"],
     "You'd like a weekly standing order every Friday to pay your mother's carer.",
     "That's set up now, two hundred and ten pounds every Friday starting this week, and "
     "you'll see it in the app under regular payments.", ""),
    ("card_skimmed_petrol_station", "fraud",
     "There are three cash withdrawals in Leeds that I never made, and the only place I've "
     "used my card lately is the petrol station on the ring road.", ["fraud"],
     "So there are three withdrawals in Leeds you don't recognise, and you think the card was "
     "copied at the petrol station.",
     "I've blocked the card, raised a fraud claim for all three withdrawals and a new card "
     "with a new number will reach you in three to five days.", ""),
    ("duplicate_cashback_clawback", "cards",
     "I got a letter saying I claimed cashback twice and you've taken forty pounds back off "
     "me, but I only ever claimed once, so I want it put back.", ["billing", "refund"],
     "You were told you'd claimed the cashback twice and forty pounds was taken back, but you "
     "only claimed it once.",
     "I can see the second claim was our error, so I've put the forty pounds back and it will "
     "show on your account tonight.", ""),
    ("joint_account_new_carer", "accounts",
     "My new carer does my shopping now, so I'd like to open a joint account with her on it.",
     [],
     "You'd like a joint account shared with your new carer so she can do the shopping.",
     "I'm sending you both the joint account form by email today, and once you've both signed "
     "it the account opens in two working days.", ""),
    ("gambling_block_card", "cards",
     "I want a block on my debit card so it can't be used on any betting sites.", [],
     "You'd like your debit card stopped from paying any gambling sites.",
     "The gambling block is switched on now, it works straight away and it stays on for at "
     "least forty-eight hours after you ask to remove it.", ""),
    ("bereavement_parent_account", "bereavement",
     "My mother passed away last month and I've no idea what happens to her current account.",
     [],
     "So your mother has died and you need to know what to do with her current account.",
     "I've opened a bereavement case and I'm posting you the form today, you'll need to send "
     "it back with a copy of the death certificate.", ""),
    ("lost_card_found_again", "cards",
     "I reported my card lost yesterday, but it's turned up in my coat pocket this morning, "
     "can I still use it?", [],
     "So the card you reported lost has turned up again and you want to know if it still "
     "works.",
     "Once it's reported lost it can't be switched back on, so please cut it up, and the "
     "replacement already on its way will arrive by Friday.", "card_found_again"),
    ("savings_pot_rate_change", "savings",
     "Why did the rate on my savings pot drop without anybody telling me?", ["complaint"],
     "So the interest rate on your savings pot went down and nobody let you know.",
     "The rate went from three point one to two point six on the first, and I've logged your "
     "complaint that the notice never reached you, you'll hear back within eight weeks.",
     "complaint_as_question"),
    ("foreign_pension_paid_in", "international",
     "I've got a pension from Germany starting next month and I want to know what fee you "
     "charge when it comes in.", ["billing"],
     "So a German pension will be paid in and you want to know the charge on it.",
     "Incoming euro payments cost two pounds each and the rate is applied on the day, so I've "
     "emailed you our fee sheet for international payments.", ""),
    ("overdraft_fee_late_salary", "accounts",
     "My salary came in two days late and you've charged me a twenty-five pound overdraft fee, "
     "I want that back.", ["billing", "refund"],
     "So you were charged twenty-five pounds for going overdrawn because your wages were two "
     "days late.",
     "I've refunded the twenty-five pound fee as a one-off, it will be back in your account by "
     "tomorrow morning.", ""),
    ("contactless_limit_question", "cards",
     "What's the contactless limit on my debit card these days?", [],
     "You'd like to know how much you can pay by contactless.",
     "It's one hundred pounds a tap, and after a few taps in a row the terminal will ask for "
     "your PIN once.", ""),
    ("wedding_deposit_scam_trader", "fraud",
     "I paid a deposit for my wedding flowers to a trader online and now the website has gone "
     "and the number's dead, I think it was a scam and I want my money back.",
     ["fraud", "refund"],
     "So you paid a deposit to a florist online and they've vanished, and you want the money "
     "back.",
     "I've raised a scam claim for the four hundred pounds and contacted the receiving bank, "
     "and our fraud team will write to you within fifteen working days.", ""),
    ("app_locked_new_phone", "digital",
     "Since I moved to a new phone the app won't get past the login screen at all.",
     ["outage"],
     "So the app stops at the login screen on your new phone.",
     "I've reset your app registration, so if you delete the app, install it again and use "
     "the code I'm texting you now, it will let you in.", ""),
    ("card_lost_in_house", "cards",
     "I thought I'd lost my card somewhere in the house, and I've just found it under the "
     "sofa, but should I still freeze it?", [],
     "So the card went missing at home and you've found it, and you're wondering about "
     "freezing it.",
     "There's no activity since yesterday, so you can keep using it, and you can freeze it in "
     "the app any time if it goes missing again.", "card_lost_at_home"),
    ("wallet_stolen_bus", "cards",
     "My wallet was stolen on the bus this morning with my debit card in it.", ["card_lost"],
     "So your wallet was taken on the bus and your debit card was in it.",
     "I've cancelled that card and ordered a new one, it will arrive in three to five working "
     "days and you can use the digital card in the app straight away.", ""),
    ("card_left_restaurant", "cards",
     "I left my credit card at a restaurant on Saturday and they say they haven't got it.",
     ["card_lost"],
     "So your credit card was left at a restaurant and they can't find it.",
     "I've stopped the card and a replacement with a new number is on its way, due by "
     "Thursday.", ""),
    ("card_lost_airport", "cards",
     "I've lost my card somewhere between the airport and the hotel.", ["card_lost"],
     "So your card went missing on the way from the airport to your hotel.",
     "The card is cancelled now and I can send an emergency card to the hotel within two days, "
     "I've set that up for you.", ""),
    ("house_move_address", "accounts",
     "We've just moved house and I need my address changing on everything.",
     ["address_change"],
     "You've moved and want the new address on all your accounts.",
     "I've updated the address on your current account, savings and credit card, and a "
     "confirmation letter will go to the new house.", ""),
    ("care_home_address", "accounts",
     "My dad's moved into a care home, I have power of attorney and I need his post to go "
     "there now.", ["address_change"],
     "So your father is in a care home and his letters need to go to the new address.",
     "I've changed his correspondence address to the care home today, and the power of "
     "attorney is noted on his file.", ""),
    ("new_flat_address", "accounts",
     "Can you update my address please, I've moved into a flat on Carlton Road.",
     ["address_change"],
     "You'd like your address changed to the new flat on Carlton Road.",
     "That's updated to flat four, twelve Carlton Road, and your next statement will go "
     "there.", ""),
    ("cancel_unused_credit_card", "cards",
     "I'd like to cancel my credit card, I just never use it any more.", ["cancellation"],
     "You want to close the credit card because you don't use it.",
     "The balance is zero, so I've closed the card today and you'll get a closing letter in a "
     "week.", ""),
    ("standing_order_cancelled_missed", "payments",
     "I cancelled my gym standing order back in March and you've paid it twice since, I want "
     "those two payments back.", ["refund"],
     "So you stopped the gym standing order in March but two more payments still went out.",
     "I can see your March instruction, so I've refunded both payments, sixty-four pounds in "
     "total, by tonight.", "cancelled_standing_order_missed"),
    ("credit_card_payment", "cards",
     "I'd like to make a payment on my credit card balance today.", ["payment"],
     "You want to pay some of your credit card balance today.",
     "I've taken the payment of three hundred pounds from your current account and it will "
     "show on the card by tomorrow.", ""),
    ("loan_instalment_by_card", "loans",
     "Can I pay this month's loan instalment now with my debit card?", ["payment"],
     "You'd like to pay this month's loan instalment by card.",
     "I've taken the one hundred and eighty pounds from your debit card and the loan is up to "
     "date now.", ""),
    ("website_error_login", "digital",
     "Your website keeps throwing an error page every time I try to log in.", ["outage"],
     "So the website gives you an error page whenever you log in.",
     "There was a fault on the login page this morning, it's fixed now, so please clear your "
     "browser and try again.", ""),
    ("transfers_failing_app", "digital",
     "Every transfer I try in the app fails with a red message.", ["outage"],
     "So each transfer in the app fails with an error.",
     "There's a problem with app transfers today, so I've made your transfer from here and "
     "the app should be fixed by six tonight.", ""),
    ("maintenance_charge_statement", "accounts",
     "There's a charge on my statement called account maintenance and I've no idea what it "
     "is.", ["billing"],
     "So there's a maintenance charge on your statement you don't understand.",
     "That's the five pound monthly fee for the plus account, and I've emailed you the list of "
     "what it includes.", ""),
    ("paper_statement_fee", "accounts",
     "You've started charging me for paper statements and I want that fee refunded.",
     ["billing", "refund"],
     "So there's a new paper statement fee and you want it back.",
     "I've refunded the three pound fee and switched you to free online statements from now "
     "on.", ""),
    ("branch_escalation", "complaints",
     "I was treated really badly at the branch yesterday and I want to speak to a manager.",
     ["complaint"],
     "So you had a bad experience in the branch and you'd like a manager to deal with it.",
     "I've logged a formal complaint and booked a call from the branch manager for tomorrow "
     "between two and four.", ""),
    ("refund_to_own_customer", "business",
     "A customer of mine paid me twice, so I need to send them a refund from my business "
     "account.", ["payment"],
     "So you want to send money back to your customer from the business account.",
     "I've sent the one hundred and twenty pounds to your customer now, it should reach them "
     "within two hours.", "refund_giving_not_wanting"),
    ("fraud_news_check", "fraud",
     "I heard on the news about fake bank texts going round and I just want to know my "
     "account's all right.", [],
     "So you saw the news about scam texts and want your account looked over.",
     "Everything on your account is normal, and I've switched on text alerts so you'll see "
     "every payment straight away.", "fraud_only_on_news"),
    ("unknown_online_shop", "fraud",
     "There's a payment to some online shop for ninety-nine pounds that I've never heard of.",
     ["fraud"],
     "So there's a ninety-nine pound payment to a shop you don't recognise.",
     "I've stopped the card, disputed the payment and a new card will reach you within five "
     "days.", ""),
    ("close_savings_account", "savings",
     "I want to close my savings account and move the money into my current account.",
     ["cancellation"],
     "You'd like the savings account closed and the balance moved to your current account.",
     "I've moved the full balance across and closed the savings account, you'll get a final "
     "statement by post.", ""),
]

# outbound: key, queue, purpose, reaction, categories, next step, decoy
EN_OUT = [
    ("flagged_purchase_dublin", "fraud",
     "I'm ringing about a payment of three hundred pounds to an electronics shop in Dublin "
     "that our system flagged last night.",
     "That's not me, I've never even been to Dublin.", ["fraud"],
     "I've stopped the card and a new one will reach you in three to five days.", ""),
    ("loan_payment_bounced", "collections",
     "I'm calling because this month's loan payment didn't go through.",
     "Oh right, I can pay it now if you want.", ["payment"],
     "I've taken the payment from your debit card and the loan is up to date.", ""),
    ("returned_post", "accounts",
     "I'm calling because some of our letters have come back marked not at this address.",
     "Yes, I moved in January, I need to give you the new address.", ["address_change"],
     "I've put the new address on your account and a letter will confirm it.", ""),
    ("premium_fee_rise", "accounts",
     "I'm calling to let you know the monthly fee on your premium account goes up to fifteen "
     "pounds next month.",
     "Fifteen pounds? Then I'd rather cancel the premium account.", ["billing", "cancellation"],
     "I've moved you to the free standard account from the first of next month.", ""),
    ("annual_fee_twice", "cards",
     "I'm calling because we noticed the annual card fee was taken twice.",
     "I did spot that, I'd like the second one back please.", ["billing", "refund"],
     "I've refunded the second fee and it will show in two days.", ""),
    ("app_crash_follow_up", "digital",
     "I'm following up your report that the app was crashing.",
     "It still crashes every single time I open my statements.", ["outage"],
     "I've passed your phone model to the app team and they'll text you when the fix is out.",
     ""),
    ("new_card_returned", "cards",
     "I'm calling because your new card came back to us in the post.",
     "That's odd, my old card went missing last week, that's why I ordered it.", ["card_lost"],
     "I've sent a new card to your branch for collection from Monday.", ""),
    ("fixed_saver_maturing", "savings",
     "I'm calling because your fixed saver matures next week and we need your instructions.",
     "Just put it into my current account please.", [],
     "I've noted that the money goes to your current account on the day it matures.", ""),
    ("mortgage_two_weeks_late", "mortgages",
     "I'm calling because this month's mortgage payment is two weeks overdue.",
     "My salary was late, can I make the payment on Friday?", ["payment"],
     "I've set up a one-off payment for Friday and added a note so no fee is charged.", ""),
    ("queue_complaint_follow_up", "complaints",
     "I'm following up the complaint you made about the queues at the branch.",
     "Honestly nothing has changed and I want to take it further.", ["complaint"],
     "I've passed it to our complaints team and they'll write within eight weeks.", ""),
    ("canada_transfer_returned", "international",
     "I'm calling because your transfer to Canada came back and we kept a fee for it.",
     "Then I want that fee given back to me.", ["billing", "refund"],
     "I've refunded the fee and the returned money is already back in your account.", ""),
    ("login_new_phone", "digital",
     "I'm calling because someone logged into your account from a new phone last night.",
     "Oh, that was me, I got a new phone yesterday.", [],
     "Then that's all fine, I've marked the phone as trusted.", "own_new_device_not_fraud"),
]

EN_AGENTS = [
    ("Callum Reid", "script"), ("Priya Nair", "chatty"), ("Tomasz Wolski", "questioner"),
    ("Fiona Maguire", "clipped"), ("Dele Okafor", "apologiser"), ("Hannah Lowe", "handover"),
    ("Marcus Bell", "script"), ("Ines Duarte", "chatty"), ("Gareth Pugh", "questioner"),
    ("Leah Brennan", "clipped"), ("Samir Haddad", "apologiser"), ("Rosa Lindqvist", "handover"),
]
EN_SPEAKERS = ["scottish", "jamaican", "south_african", "indian_english", "child_interrupting",
               "train_with_cuts", "hard_of_hearing", "brief_businessman", "plain"]
EN_TOUCH = {
    "scottish": ["Aye, ", "Och, "], "jamaican": ["Yes man, ", "Listen nuh, "],
    "south_african": ["Ja, ", "Ag, "], "indian_english": ["Actually only, ", "Kindly note, "],
    "child_interrupting": ["Sorry, Max, stop that, sorry. ", "Put that down, darling. Sorry. "],
    "train_with_cuts": ["Sorry, you cut out, tunnel. ", "Hang on, bad signal here. "],
    "hard_of_hearing": ["Say that again? Right. ", "Pardon? Oh, yes. "],
    "brief_businessman": ["Quickly. ", "Briefly, "], "plain": ["", ""],
}
EN_GREET = ["Good morning,", "Good afternoon,", "Hello there,", "Hi, good afternoon,",
            "Morning,", "Good evening,"]
EN_COMPANY = ["you're through to Acme Bank,", "this is Acme Bank,", "Acme Bank here,",
              "welcome to Acme Bank,"]
EN_INTRO = ["my name's {name}.", "{name} speaking.", "I'm {name}.", "you're talking to {name}."]
EN_OFFER = ["How can I help today?", "What can I help you with?", "What can I do for you?",
            "How may I help?"]
EN_OFFER_STATEMENT = ["Tell me what's going on and I'll help you get it sorted.",
                      "I'm here to help with whatever you need.",
                      "Let me know what you need help with."]
EN_SCRIPT_OPEN = ["Good afternoon and welcome to Acme Bank, my name is {name}, how may I "
                  "help you today?"]
EN_CLIPPED_OPEN = ["Morning. Acme Bank. {name}. What do you need?"]
EN_NO_OFFER_ID = [("Can I start with your full name and postcode?",
                   "Maureen Platt, LS6 2QT."),
                  ("First I'll need your date of birth, please.", "Ninth of May, sixty-two.")]
EN_RESTATE_Q = [" Have I got that right?", " Is that what you mean?", " Yes?"]
EN_NEAR_RESTATE = ["Okay. Mm-hm.", "Right. Yep, okay.", "Okay, yep, right."]
EN_ID_Q = [("Can I take your date of birth?", "Fourteenth of June, nineteen seventy-eight."),
           ("Could you confirm your postcode for me?", "It's LS6 2QT."),
           ("What's the first line of your address?", "Twenty-two Elm Grove."),
           ("And your date of birth?", "Third of March, eighty-five.")]
EN_HOLD = ["Let me bring that up, one moment.", "Give me a moment while I check the account.",
           "I'll just pop you on hold for a moment."]
EN_THANKS_MID = ["Thanks for holding the line.", "Thank you for your patience."]
EN_PROMISE = ["I'll look into it and get back to you.", "I'll have a look into that for you.",
              "Leave it with me and I'll look into it."]
EN_ANYELSE = ["Is there anything else I can do for you?", "Can I do anything else for you today?",
              "Was there anything else you needed?"]
EN_CUST_ANYELSE_Q = ["Is there anything else I need to do on my end?",
                     "Anything else you need from me?"]
EN_CUST_ANYELSE_A = ["No, nothing at all.", "No, that's everything on our side."]
EN_NO_MORE = ["No, that's all, cheers.", "No, that's everything.", "Nope, that's it."]
EN_THANKS_CLOSE = ["Thanks for calling,", "Thank you for your call today,",
                   "Many thanks for calling,"]
EN_THANKS_CLOSE_CO = ["Thanks so much for ringing Acme Bank,"]
EN_BYE = ["goodbye.", "have a lovely evening.", "take care, bye now.", "all the best, bye."]
EN_BYE_FIRST = ["Take care now, bye.", "Have a good day."]
EN_THANKS_AFTER = ["And thanks for calling.", "Oh, and thank you for your call."]
EN_CUST_BYE = ["Bye.", "Thanks, bye.", "Cheers, bye then."]
EN_MID_GOODBYE = ["Don't say goodbye yet, I'm putting you on hold for a minute."]
EN_EMPATHY = ["I'm so sorry, that sounds really stressful.", "I understand why you're upset.",
              "That's awful, I'm sorry.", "I completely understand, that's frustrating."]
EN_EMPATHY_LATE = ["I do understand how annoying this is."]
EN_ANGRY = ["This is the third time I've rung about it and I'm fed up!",
            "Honestly, your service is a joke!", "Why does this keep happening with your bank?",
            "I'm furious, nobody there ever does anything!",
            "How is it that nobody at your bank can get this right?"]
EN_ANGRY_LATE = ["Hang on, why did nobody tell me this weeks ago? It's ridiculous!",
                 "So I've wasted my whole morning for that? Your service is shocking!"]
EN_AFTER_EMP = ["I'll put a note on it so it's treated as urgent."]
EN_REACT = ["Okay, that's great.", "Right, brilliant.", "Fine, that works.", "Lovely, thanks."]
EN_BLAME = ["You must have forgotten you set that up yourself.",
            "Your employer sent the wrong details, so that's down to you really.",
            "The shop gave you bad advice and you went along with it.",
            "People like you never read the small print.",
            "If you'd remembered your own password this wouldn't happen.",
            "You obviously mixed up the dates, that's not on us.",
            "That's what happens when you let your employer handle your pay.",
            "Your memory's the problem here, not our system.",
            "The shop wouldn't have charged you if you'd checked the receipt.",
            "Customers like you always leave it to the last minute."]
EN_RUDE = ["Oh, is the big scary app too hard for you?",
           "Getting worked up about four pounds seems a bit much.",
           "That's not my department, ring someone else.",
           "Your feelings don't change the balance.",
           "I haven't got all day, so get to the point.",
           "Wow, that's a new one, nobody's that clueless.",
           "Honestly, just google it.",
           "Calm down, it's only money.",
           "Not my problem, try the branch.",
           "I'm not here to hold your hand."]
EN_SWEAR = ["Bloody system's frozen again.", "Oh shit, it logged me out.",
            "This damn screen won't load.", "What the hell is this page doing?",
            "Crap, wrong account, hang on.", "Bollocks, it crashed.",
            "This piece of crap never works.", "Damn it, the hold music cut out.",
            "Bloody hell, it's slow today.", "Shit, the notes have gone."]
EN_POLITE = ["You don't have to do a single thing.", "No need to thank me, honestly.",
             "Forget the form, I'll fill it in for you.", "Stop worrying, it's all fixed.",
             "Leave that bit to me."]
EN_CUST_SWEAR = ["This bloody app drives me mad."]
EN_QUICK = [("Are you open on Saturday?", "We're open until one on Saturdays."),
            ("What's your sort code?", "Our sort code is twenty, forty-five, eleven."),
            ("Can I still pay in cash at the post office?",
             "Yes, you can pay cash in at any post office counter.")]
EN_NONANSWER = ["Just a second, the line's crackling.", "One sec, my headset's slipping.",
                "Sorry, just switching lines."]
EN_CUST_FIRST = ["Hello? Is this the right number for the bank?", "Hello, am I through?"]
EN_FILLERS = [
    ("Do you still use the mobile ending two four one?", "Yes, that's still mine."),
    ("Would you like text alerts for this?", "Go on then."),
    ("Are you registered for online banking?", "I am, yes."),
    ("Is the email on file still the gmail one?", "That's right."),
    ("Would a letter or an email suit you better?", "Email's fine."),
    ("Can I just check which branch you normally use?", "The one on Market Street."),
    ("Have you had any calls from us recently?", "No, none."),
    ("Shall I send you a summary afterwards?", "Yes please."),
    ("Did you know you can freeze the card in the app?", "I didn't, no."),
    ("Is this the best number to call you back on?", "Yes, this one."),
    ("Are you happy for me to leave a note on file?", "Of course."),
    ("Do you have a pen handy for a reference?", "Yes, go on."),
]
EN_CHAT = ["Lovely weather for it today, isn't it? My garden's finally drying out.",
           "Funny, my sister had nearly the same thing last month, anyway."]
EN_CHAT_REPLY = ["Hiya, yes, hello there.", "Oh hello, hi."]
EN_APOLOGY = ["Sorry, sorry, one moment.", "Sorry, just a tick."]
EN_HANDOVER = ["I'm passing you to my colleague Bea who handles this. Hi, Bea here, I've got "
               "the notes."]
EN_CARD_Q = ["Could you read me the long number on the card?"]
EN_CARD_NUMS = ["4921 7730 1184 2265", "5312 0047 8896 3150", "4658 2209 7731 0946",
                "4172 5583 0062 9418", "5407 1290 3368 7721"]
EN_CVV_Q = ["And the three digits on the back?"]
EN_CVVS = ["381", "574", "206", "913", "748"]
EN_OUT_OPEN_CUST = ["Hello?", "Yeah, hello?", "Hello, who's this?"]
EN_OUT_SPEAKING = ["Yes, speaking.", "That's me.", "Yes, go on."]
EN_REC = ["This call is being recorded for quality and training.",
          "Just so you know, we record our calls."]
EN_CONSENT = ["Are you okay with that?", "Is that all right with you?",
              "Do I have your permission to carry on recording?"]
EN_CONSENT_A = ["That's fine.", "Yeah, that's okay.", "Sure."]
EN_NO_CONSENT_A = ["Okay.", "Right."]
EN_DOB_Q = ["Before I go into it, can I confirm your date of birth?"]
EN_LATE_NAME_Q = ["Sorry, what did you say your name was?", "What was your name again?"]
EN_LATE_NAME_A = ["It's {name}.", "You're speaking to {name}."]
EN_LATE_CO_Q = ["Sorry, where did you say you're ringing from?"]
EN_LATE_CO_A = ["I'm calling from Acme Bank."]
EN_NOTE_HOLD = ["One second while I update the notes.", "Hold on, the screen's loading."]
EN_OUT_CLOSE = ["Thanks for your time,", "Thank you for speaking with me,"]

# --------------------------------------------------------------------------------------------
# Vietnamese wordings ({kh} = how the agent addresses the customer, {Kh} capitalised,
# {ag} = how the agent refers to themself, {name} = agent given name)
# --------------------------------------------------------------------------------------------
VI_IN = [
    ("the_atm_nuot_ngoai_gio", "the",
     "Tối qua tôi rút tiền ở cây ATM ngoài giờ thì máy nuốt mất thẻ luôn, giờ tôi phải làm "
     "sao?", [],
     "Dạ vậy là tối qua cây ATM giữ thẻ của {kh} lúc ngoài giờ giao dịch ạ.",
     "{Ag} đã tạo yêu cầu thu hồi thẻ, chiều mai sau ba giờ {kh} mang căn cước ra chi nhánh "
     "Lê Lợi nhận lại thẻ nhé.", "atm_kept_card_not_lost"),
    ("tu_thien_bi_treo", "chuyen_tien",
     "Tôi chuyển năm trăm nghìn ủng hộ quỹ từ thiện từ sáng mà giờ vẫn báo đang xử lý.", [],
     "Dạ vậy là khoản ủng hộ năm trăm nghìn của {kh} bị treo từ sáng tới giờ.",
     "{Ag} đã đẩy lại lệnh chuyển, trong vòng hai tiếng tiền sẽ tới tài khoản của quỹ ạ.", ""),
    ("gia_han_so_tiet_kiem", "tiet_kiem",
     "Sổ tiết kiệm của tôi tuần sau đến hạn, tôi muốn gia hạn thêm một năm nữa.", [],
     "Dạ {kh} muốn tái tục sổ tiết kiệm đến hạn tuần sau thêm mười hai tháng ạ.",
     "{Ag} đã đăng ký tái tục mười hai tháng với lãi suất năm phẩy hai phần trăm, ngày đáo "
     "hạn {kh} sẽ nhận tin nhắn xác nhận ạ.", ""),
    ("phong_toa_sai_thong_tin", "tai_khoan",
     "Sao tài khoản của tôi tự nhiên bị phong tỏa, tôi có làm gì sai đâu?", ["complaint"],
     "Dạ tài khoản của {kh} bị khóa mà {kh} chưa được báo lý do ạ.",
     "Tài khoản bị tạm khóa vì số căn cước chưa cập nhật, {kh} gửi ảnh căn cước qua app là "
     "trong bốn tiếng sẽ mở lại ạ.", "complaint_as_question"),
    ("phi_sms_da_huy", "the",
     "Tôi hủy dịch vụ tin nhắn từ tháng trước rồi mà tháng này vẫn bị trừ phí, trả lại tiền "
     "cho tôi.", ["billing", "refund"],
     "Dạ {kh} đã hủy SMS banking mà tháng này vẫn bị thu phí, {kh} muốn được hoàn lại ạ.",
     "{Ag} đã hoàn mười một nghìn phí SMS vào tài khoản của {kh}, tối nay tiền sẽ về ạ.", ""),
    ("mo_tai_khoan_nguoi_cao_tuoi", "tai_khoan",
     "Mẹ tôi năm nay tám mươi tuổi, tôi muốn mở tài khoản cho bà để nhận lương hưu.", [],
     "Dạ {kh} muốn mở tài khoản cho mẹ đã tám mươi tuổi để nhận lương hưu ạ.",
     "{Ag} đã đặt lịch cho nhân viên đến tận nhà mở tài khoản sáng thứ năm, {kh} chuẩn bị căn "
     "cước của bà giúp {ag} ạ.", ""),
    ("bao_hiem_la_the_tin_dung", "the_tin_dung",
     "Thẻ tín dụng của tôi bị trừ một khoản bảo hiểm gì đó mà tôi không hề đăng ký.",
     ["billing", "fraud"],
     "Dạ thẻ tín dụng của {kh} có một khoản phí bảo hiểm mà {kh} không đăng ký ạ.",
     "{Ag} đã tạo yêu cầu tra soát khoản bảo hiểm này, trong bảy ngày làm việc sẽ có kết quả "
     "và {kh} sẽ được báo qua tin nhắn ạ.", ""),
    ("tat_toan_vay_tieu_dung", "vay",
     "Tôi muốn trả hết khoản vay tiêu dùng trước hạn thì phải làm thế nào?", ["payment"],
     "Dạ {kh} muốn tất toán sớm khoản vay tiêu dùng ạ.",
     "Số tiền tất toán hôm nay là mười tám triệu hai, {kh} nộp vào tài khoản vay trước năm "
     "giờ chiều là khoản vay đóng luôn ạ.", ""),
    ("vi_dien_tu_khong_lien_ket", "ngan_hang_so",
     "Tôi liên kết ví điện tử với tài khoản mà cứ báo lỗi, làm mấy lần không được.",
     ["outage"],
     "Dạ {kh} liên kết ví với tài khoản nhưng lần nào cũng bị báo lỗi ạ.",
     "Lỗi là do tên trên ví khác tên tài khoản, {ag} đã gửi hướng dẫn sửa qua tin nhắn, "
     "{kh} sửa xong là liên kết được ngay ạ.", ""),
    ("hoa_don_nuoc_trung", "thanh_toan",
     "Tôi thanh toán hóa đơn nước mà bị trừ hai lần, tôi muốn lấy lại một lần.",
     ["billing", "refund"],
     "Dạ hóa đơn nước của {kh} bị trừ tiền hai lần và {kh} muốn nhận lại một khoản ạ.",
     "{Ag} đã làm lệnh hoàn khoản trừ trùng ba trăm hai mươi nghìn, trong ba ngày tiền về tài "
     "khoản ạ.", ""),
    ("luong_cong_nhan_cham", "doanh_nghiep",
     "Công ty tôi chuyển lương cho công nhân từ hôm qua mà anh em vẫn chưa nhận được.", [],
     "Dạ lệnh chuyển lương của công ty {kh} từ hôm qua mà công nhân chưa nhận được ạ.",
     "{Ag} thấy lệnh đang chờ duyệt cấp hai, {kh} bảo kế toán duyệt trên app là lương về "
     "trong một tiếng ạ.", ""),
    ("mat_vi_cho", "the",
     "Sáng nay tôi đi chợ bị móc mất ví, trong đó có thẻ ghi nợ.", ["card_lost"],
     "Dạ {kh} bị mất ví ở chợ sáng nay, trong ví có thẻ ghi nợ ạ.",
     "{Ag} đã khóa thẻ và làm thẻ mới, năm ngày làm việc {kh} ra chi nhánh nhận thẻ ạ.", ""),
    ("roi_the_taxi", "the",
     "Tôi làm rơi thẻ tín dụng trên taxi tối qua, gọi hãng xe thì không thấy.", ["card_lost"],
     "Dạ {kh} đánh rơi thẻ tín dụng trên taxi và hãng xe không tìm thấy ạ.",
     "Thẻ cũ đã khóa rồi ạ, thẻ mới sẽ gửi về nhà {kh} trong bảy ngày.", ""),
    ("mat_the_du_lich", "the",
     "Đi Đà Nẵng chơi tôi làm mất thẻ rồi, giờ không có tiền tiêu.", ["card_lost"],
     "Dạ {kh} mất thẻ khi đang du lịch ở Đà Nẵng ạ.",
     "{Ag} đã khóa thẻ, {kh} ra chi nhánh Đà Nẵng với căn cước để rút tiền mặt và nhận thẻ "
     "tạm ngay hôm nay ạ.", ""),
    ("the_trong_nha", "the",
     "Hồi sáng tôi tưởng mất thẻ trong nhà, giờ tìm thấy trong túi áo rồi, có cần khóa không?",
     [],
     "Dạ thẻ của {kh} thất lạc trong nhà nhưng đã tìm lại được ạ.",
     "Thẻ chưa có giao dịch lạ nên {kh} dùng bình thường, nếu lo thì khóa tạm trên app một "
     "chạm là được ạ.", "card_lost_at_home"),
    ("doi_dia_chi_chuyen_nha", "tai_khoan",
     "Tôi mới chuyển nhà lên Gò Vấp, muốn đổi địa chỉ nhận sao kê.", ["address_change"],
     "Dạ {kh} muốn cập nhật địa chỉ mới ở Gò Vấp để nhận sao kê ạ.",
     "{Ag} đã cập nhật địa chỉ mới, sao kê kỳ tới sẽ gửi về Gò Vấp ạ.", ""),
    ("dia_chi_can_cuoc_moi", "tai_khoan",
     "Tôi đổi căn cước mới, địa chỉ cũng khác rồi, cập nhật giúp tôi với.",
     ["address_change"],
     "Dạ {kh} làm căn cước mới và muốn đổi địa chỉ trên hồ sơ ạ.",
     "{Ag} đã đổi địa chỉ theo căn cước mới, tối nay {kh} sẽ nhận tin nhắn xác nhận ạ.", ""),
    ("dia_chi_cong_ty_moi", "doanh_nghiep",
     "Công ty tôi dời văn phòng sang quận bảy, cần đổi địa chỉ trên tài khoản doanh nghiệp.",
     ["address_change"],
     "Dạ công ty {kh} chuyển văn phòng sang quận bảy và cần đổi địa chỉ ạ.",
     "{Ag} đã gửi mẫu đổi địa chỉ qua email, {kh} ký và gửi lại là hai ngày sau cập nhật "
     "xong ạ.", ""),
    ("huy_the_tin_dung", "the_tin_dung",
     "Tôi muốn hủy thẻ tín dụng vì không dùng nữa.", ["cancellation"],
     "Dạ {kh} muốn đóng thẻ tín dụng vì không còn dùng ạ.",
     "Dư nợ bằng không nên {ag} đã đóng thẻ, tuần sau {kh} nhận thư xác nhận ạ.", ""),
    ("trich_no_da_huy_van_tru", "thanh_toan",
     "Tôi đã hủy lệnh trích tiền đóng học phí cho con từ tháng ba mà ngân hàng vẫn trừ hai "
     "lần, tôi muốn lấy lại.", ["refund"],
     "Dạ {kh} đã hủy lệnh trích tự động từ tháng ba nhưng vẫn bị trừ thêm hai lần ạ.",
     "{Ag} thấy lệnh hủy của {kh} rồi, {ag} đã hoàn cả hai khoản, tối nay tiền về ạ.",
     "cancelled_standing_order_missed"),
    ("tra_no_the", "the_tin_dung",
     "Tôi muốn thanh toán dư nợ thẻ tín dụng tháng này.", ["payment"],
     "Dạ {kh} muốn trả dư nợ thẻ tín dụng của kỳ này ạ.",
     "{Ag} đã trích bốn triệu từ tài khoản thanh toán sang thẻ, dư nợ kỳ này đã trả xong ạ.",
     ""),
    ("dong_tien_vay_ky_nay", "vay",
     "Tôi muốn đóng tiền vay kỳ này luôn qua điện thoại được không?", ["payment"],
     "Dạ {kh} muốn đóng khoản vay kỳ này ngay bây giờ ạ.",
     "{Ag} đã trích hai triệu bốn trăm từ tài khoản của {kh}, khoản vay kỳ này đã đóng đủ ạ.",
     ""),
    ("app_khong_dang_nhap", "ngan_hang_so",
     "Từ sáng app ngân hàng không đăng nhập được, cứ quay vòng vòng rồi thoát ra.",
     ["outage"],
     "Dạ app không đăng nhập được từ sáng, cứ quay rồi tự thoát ạ.",
     "Hệ thống vừa khắc phục xong, {kh} gỡ app cài lại bản mới là đăng nhập được ạ.", ""),
    ("web_chuyen_khoan_loi", "ngan_hang_so",
     "Trang web chuyển khoản báo lỗi hoài, tôi không chuyển được đồng nào.", ["outage"],
     "Dạ trang web báo lỗi nên {kh} không chuyển khoản được ạ.",
     "{Ag} đã chuyển giúp {kh} khoản này từ tổng đài, còn trang web sẽ ổn định lại trước sáu "
     "giờ tối ạ.", ""),
    ("phi_quan_ly_sao_ke", "tai_khoan",
     "Trong sao kê có dòng phí quản lý tài khoản, phí này là phí gì vậy?", ["billing"],
     "Dạ {kh} thấy phí quản lý tài khoản trên sao kê và chưa rõ phí đó ạ.",
     "Đó là phí quản lý mười nghìn mỗi tháng, {ag} đã gửi biểu phí qua email cho {kh} ạ.", ""),
    ("phi_sao_ke_giay", "tai_khoan",
     "Tự nhiên ngân hàng thu phí sao kê giấy, tôi muốn được hoàn lại.", ["billing", "refund"],
     "Dạ {kh} bị thu phí sao kê giấy và muốn lấy lại khoản phí đó ạ.",
     "{Ag} đã hoàn phí và chuyển {kh} sang sao kê điện tử miễn phí từ kỳ sau ạ.", ""),
    ("khieu_nai_giao_dich_vien", "khieu_nai",
     "Hôm qua ra quầy tôi bị giao dịch viên nói nặng lời, tôi muốn gặp quản lý.",
     ["complaint"],
     "Dạ hôm qua {kh} không hài lòng với cách giao dịch viên nói chuyện và muốn gặp quản lý ạ.",
     "{Ag} đã ghi nhận khiếu nại và trưởng chi nhánh sẽ gọi {kh} chiều mai từ hai đến bốn giờ "
     "ạ.", ""),
    ("hoan_tien_cho_khach", "doanh_nghiep",
     "Khách của tôi chuyển dư tiền hàng, tôi cần chuyển trả lại cho họ từ tài khoản cửa hàng.",
     ["payment"],
     "Dạ {kh} muốn chuyển trả lại tiền khách chuyển dư từ tài khoản cửa hàng ạ.",
     "{Ag} đã chuyển trả một trăm năm mươi nghìn cho khách, hai tiếng là tới ạ.",
     "refund_giving_not_wanting"),
    ("nghe_tin_lua_dao", "chong_gian_lan",
     "Tôi coi thời sự thấy nói có vụ lừa đảo giả tin nhắn ngân hàng, tôi muốn hỏi tài khoản "
     "của tôi có sao không.", [],
     "Dạ {kh} xem tin về lừa đảo qua tin nhắn và muốn kiểm tra tài khoản ạ.",
     "Tài khoản của {kh} không có gì bất thường, {ag} đã bật thông báo biến động số dư cho "
     "{kh} rồi ạ.", "fraud_only_on_news"),
    ("giao_dich_la_shop", "chong_gian_lan",
     "Tài khoản tôi có giao dịch chín trăm nghìn ở một shop online mà tôi không hề mua.",
     ["fraud"],
     "Dạ có một giao dịch chín trăm nghìn ở cửa hàng online mà {kh} không thực hiện ạ.",
     "{Ag} đã khóa thẻ, mở tra soát giao dịch đó và làm thẻ mới gửi về trong năm ngày ạ.", ""),
    ("otp_la_bi_tru", "chong_gian_lan",
     "Tôi không bấm gì mà điện thoại nhận mã OTP rồi tài khoản bị trừ hai triệu.", ["fraud"],
     "Dạ {kh} nhận OTP mà không giao dịch và bị trừ hai triệu ạ.",
     "{Ag} đã khóa tài khoản điện tử, mở hồ sơ tra soát và chiều nay bộ phận chống gian lận "
     "sẽ gọi lại {kh} ạ.", ""),
    ("dong_so_tiet_kiem", "tiet_kiem",
     "Tôi muốn đóng sổ tiết kiệm online chuyển tiền về tài khoản thanh toán.",
     ["cancellation"],
     "Dạ {kh} muốn tất toán sổ tiết kiệm online và chuyển về tài khoản thanh toán ạ.",
     "{Ag} đã tất toán sổ và chuyển toàn bộ tiền về tài khoản thanh toán của {kh} rồi ạ.", ""),
    ("huy_goi_tai_khoan_so_dep", "tai_khoan",
     "Tôi muốn hủy gói tài khoản số đẹp, phí hàng tháng cao quá.",
     ["billing", "cancellation"],
     "Dạ {kh} muốn hủy gói tài khoản số đẹp vì phí hàng tháng cao ạ.",
     "{Ag} đã chuyển {kh} về gói thường, từ tháng sau không thu phí số đẹp nữa ạ.", ""),
    ("han_muc_chuyen_tien", "ngan_hang_so",
     "Hạn mức chuyển tiền một ngày của tài khoản tôi là bao nhiêu vậy?", [],
     "Dạ {kh} muốn biết hạn mức chuyển khoản mỗi ngày ạ.",
     "Hạn mức hiện tại là năm trăm triệu một ngày, {kh} chỉnh thấp hơn được trong phần cài "
     "đặt của app ạ.", ""),
    ("the_khoa_sai_pin", "the",
     "Tôi nhập sai mã PIN ba lần nên thẻ bị khóa, giờ muốn mở lại.", [],
     "Dạ thẻ của {kh} bị khóa vì nhập sai PIN ba lần và {kh} muốn mở lại ạ.",
     "{Ag} đã mở khóa thẻ, {kh} đổi PIN mới trên app là rút tiền bình thường ạ.", ""),
    ("tien_dien_qua_tong_dai", "thanh_toan",
     "Tôi muốn trả tiền điện tháng này qua tổng đài luôn cho tiện.", ["payment"],
     "Dạ {kh} muốn thanh toán tiền điện tháng này ngay qua tổng đài ạ.",
     "{Ag} đã trả bảy trăm tám mươi nghìn tiền điện từ tài khoản của {kh}, biên nhận gửi qua "
     "tin nhắn ạ.", ""),
]

VI_OUT = [
    ("giao_dich_nghi_ngo", "chong_gian_lan",
     "{Ag} gọi vì hệ thống vừa chặn một giao dịch bốn triệu ở một cửa hàng điện máy tại Hà "
     "Nội ạ.",
     "Không phải tôi, tôi đang ở Cần Thơ mà.", ["fraud"],
     "{Ag} đã khóa thẻ và làm thẻ mới, năm ngày sau thẻ về tới nhà {kh} ạ.", ""),
    ("no_vay_qua_han", "vay",
     "{Ag} gọi để báo khoản vay kỳ này của {kh} chưa trích được tiền ạ.",
     "Ừ để tôi đóng luôn bây giờ.", ["payment"],
     "{Ag} đã trích tiền từ tài khoản thanh toán, khoản vay kỳ này đã đủ ạ.", ""),
    ("thu_bi_tra_lai", "tai_khoan",
     "{Ag} gọi vì thư ngân hàng gửi về địa chỉ của {kh} bị bưu điện trả lại ạ.",
     "À tôi chuyển nhà rồi, để tôi đọc địa chỉ mới.", ["address_change"],
     "{Ag} đã cập nhật địa chỉ mới và sẽ gửi thư xác nhận ạ.", ""),
    ("tang_phi_goi", "tai_khoan",
     "{Ag} gọi để thông báo phí gói tài khoản cao cấp sẽ tăng lên một trăm nghìn từ tháng sau "
     "ạ.",
     "Tăng vậy thì tôi hủy gói đó luôn.", ["billing", "cancellation"],
     "{Ag} đã chuyển {kh} về gói thường miễn phí từ đầu tháng sau ạ.", ""),
    ("phi_thuong_nien_hai_lan", "the_tin_dung",
     "{Ag} gọi vì thấy phí thường niên thẻ của {kh} bị thu hai lần ạ.",
     "Tôi cũng thấy rồi, trả lại tôi một lần phí nhé.", ["billing", "refund"],
     "{Ag} đã hoàn lại một lần phí, hai ngày nữa tiền về ạ.", ""),
    ("theo_doi_app_loi", "ngan_hang_so",
     "{Ag} gọi lại về việc {kh} báo app bị văng ra tuần trước ạ.",
     "Vẫn văng như cũ, mở sao kê là văng.", ["outage"],
     "{Ag} đã gửi dòng máy của {kh} cho bộ phận app, khi sửa xong sẽ nhắn tin báo {kh} ạ.", ""),
    ("the_moi_bi_tra_ve", "the",
     "{Ag} gọi vì thẻ mới gửi cho {kh} bị chuyển phát trả về ạ.",
     "Lạ nhỉ, tôi làm mất thẻ cũ nên mới xin thẻ mới mà.", ["card_lost"],
     "{Ag} đã chuyển thẻ về chi nhánh gần nhà, thứ hai {kh} ra nhận được ạ.", ""),
    ("so_den_han", "tiet_kiem",
     "{Ag} gọi vì sổ tiết kiệm của {kh} tuần sau đến hạn, {ag} muốn hỏi {kh} định làm gì ạ.",
     "Cứ chuyển về tài khoản thanh toán cho tôi.", [],
     "{Ag} đã ghi nhận chuyển tiền về tài khoản thanh toán vào ngày đến hạn ạ.", ""),
    ("tra_gop_qua_han", "vay",
     "{Ag} gọi vì khoản trả góp điện thoại của {kh} đã quá hạn mười ngày ạ.",
     "Lương tôi về trễ, thứ sáu tôi đóng được không?", ["payment"],
     "{Ag} đã đặt lệnh thanh toán vào thứ sáu và ghi chú không tính phí phạt ạ.", ""),
    ("theo_doi_khieu_nai", "khieu_nai",
     "{Ag} gọi lại về khiếu nại của {kh} về việc xếp hàng lâu ở chi nhánh ạ.",
     "Nói thật là chẳng có gì thay đổi, tôi muốn khiếu nại lên trên.", ["complaint"],
     "{Ag} đã chuyển lên phòng giải quyết khiếu nại, trong mười ngày sẽ có văn bản trả lời "
     "ạ.", ""),
    ("chuyen_tien_bi_tra_lai", "quoc_te",
     "{Ag} gọi vì khoản chuyển tiền đi Úc của {kh} bị trả lại và ngân hàng đã thu phí ạ.",
     "Vậy thì trả lại phí cho tôi chứ.", ["billing", "refund"],
     "{Ag} đã hoàn phí, tiền gốc cũng đã về tài khoản của {kh} rồi ạ.", ""),
    ("dang_nhap_may_moi", "ngan_hang_so",
     "{Ag} gọi vì tối qua tài khoản của {kh} đăng nhập trên một điện thoại mới ạ.",
     "À máy mới của tôi đó, hôm qua tôi mới mua.", [],
     "Dạ vậy là ổn rồi, {ag} đã ghi nhận thiết bị này là của {kh} ạ.",
     "own_new_device_not_fraud"),
]

VI_AGENTS = [
    ("Nguyễn Thị Thoa", "script"), ("Trần Minh Khải", "chatty"),
    ("Lê Thị Tuyết", "careful_chi_em"), ("Phạm Thu Phượng", "english_mix"),
    ("Đỗ Hồng Nhung", "clipped"), ("Vũ Ngọc Trâm", "handover"),
    ("Hoàng Thị Thắm", "script"), ("Bùi Kim Oanh", "chatty"),
    ("Đặng Thị Lựu", "careful_chi_em"), ("Ngô Thanh Sương", "english_mix"),
    ("Phan Hải Yến", "clipped"), ("Trịnh Quốc Vỹ", "handover"),
]
VI_SPEAKERS = ["nghe_an", "quang_nam", "ha_noi_office", "can_tho_market", "student_abroad",
               "elderly_with_grandchild", "plain"]
VI_TOUCH = {
    "nghe_an": ["Tau nói ri nè, ", "Ơ bọ, "], "quang_nam": ["Nói cấy ni nghe hè, ", "Ờ hè, "],
    "ha_noi_office": ["Chị đang họp dở nên nói nhanh nhé, ", "Nhanh giúp chị nhé, "],
    "can_tho_market": ["Mèn ơi, ", "Nói thiệt hen, "],
    "student_abroad": ["Em đang ở bên này, semester mới bắt đầu, ", "Bên này giờ khuya rồi, "],
    "elderly_with_grandchild": ["Bà ơi để cháu nói cho. Dạ, ", "Cháu nó bảo là "],
    "plain": ["", ""],
}
VI_KH = {"nghe_an": "anh", "quang_nam": "chị", "ha_noi_office": "chị", "can_tho_market": "cô",
         "student_abroad": "bạn", "elderly_with_grandchild": "bác", "plain": "anh"}
VI_GREET = ["Dạ xin chào,", "Xin chào {kh},", "Dạ chào buổi sáng,", "Em chào anh chị,"]
VI_COMPANY = ["Ngân hàng ABC xin nghe,", "đây là tổng đài Ngân hàng ABC,",
              "Ngân hàng ABC kính chào,"]
VI_INTRO = ["em là {name}.", "em tên {name} ạ.", "{name} đang nghe máy ạ."]
VI_OFFER = ["Em có thể hỗ trợ gì cho anh chị ạ?", "Anh chị cần em giúp gì ạ?",
            "Em giúp gì được cho mình ạ?"]
VI_OFFER_STATEMENT = ["Anh chị cứ nói vấn đề, em sẽ hỗ trợ ngay ạ.",
                      "Em sẵn sàng hỗ trợ anh chị mọi việc ạ."]
VI_SCRIPT_OPEN = ["Ngân hàng ABC xin kính chào quý khách, em là {name}, em có thể hỗ trợ "
                  "quý khách việc gì hôm nay ạ?"]
VI_CLIPPED_OPEN = ["Chào anh chị. ABC. {name}. Cần gì ạ?"]
VI_NO_OFFER_ID = [("Anh chị cho em xin họ tên đầy đủ ạ.", "Trần Thị Mến."),
                  ("Cho em xin ngày sinh trước ạ.", "Mồng một tháng mười, năm bảy lăm.")]
VI_RESTATE_Q = [" Em nói vậy đúng không ạ?", " Phải vậy không {kh}?"]
VI_NEAR_RESTATE = ["Dạ. Vâng.", "Vâng, dạ được.", "Dạ vâng, ừm."]
VI_ID_Q = [("{Kh} cho {ag} xin ngày sinh ạ.", "Mười hai tháng tám năm tám mươi mốt."),
           ("{Kh} đọc cho {ag} số điện thoại đăng ký ạ.",
            "Không chín một hai, ba bốn năm, sáu bảy tám."),
           ("{Kh} cho {ag} xin họ tên chủ tài khoản ạ.", "Nguyễn Văn Lộc."),
           ("{Kh} cho {ag} xin ngày tháng năm sinh ạ.", "Ngày ba tháng năm, năm chín mươi.")]
VI_HOLD = ["{Kh} đợi {ag} kiểm tra một chút ạ.", "{Ag} xem trên hệ thống, {kh} giữ máy nhé."]
VI_THANKS_MID = ["Dạ cảm ơn {kh} đã chờ máy.", "Cảm ơn {kh} đã đợi {ag} ạ."]
VI_PROMISE = ["{Ag} sẽ xem xét vụ này rồi báo lại {kh} sau ạ.",
              "Để {ag} xem thêm rồi tính ạ.", "{Ag} sẽ xem lại trường hợp này ạ."]
VI_ANYELSE = ["{Kh} còn cần {ag} hỗ trợ gì khác không ạ?", "Mình còn việc gì khác nữa không ạ?",
              "{Kh} có cần thêm gì không ạ?"]
VI_CUST_ANYELSE_Q = ["Tôi có phải làm gì khác nữa không em?", "Còn giấy tờ gì khác không?"]
VI_CUST_ANYELSE_A = ["Dạ không cần đâu ạ.", "Dạ không có gì thêm ạ."]
VI_NO_MORE = ["Không, vậy thôi.", "Hết rồi em.", "Thôi được rồi, vậy là xong."]
VI_THANKS_CLOSE = ["Cảm ơn {kh} đã gọi,", "Dạ cảm ơn {kh} nhiều,"]
VI_THANKS_CLOSE_CO = ["Cảm ơn {kh} đã gọi Ngân hàng ABC,"]
VI_BYE = ["chúc {kh} buổi tối vui vẻ.", "chào {kh} ạ.", "chúc {kh} một ngày tốt lành.",
          "tạm biệt {kh}."]
VI_BYE_FIRST = ["Chúc {kh} ngày mới an lành.", "Dạ chào {kh} nhé."]
VI_THANKS_AFTER = ["À cảm ơn {kh} đã gọi ạ.", "Em cảm ơn {kh} nhiều ạ."]
VI_CUST_BYE = ["Ừ chào em.", "Cảm ơn em, chào nhé.", "Thôi chào em."]
VI_MID_GOODBYE = ["{Kh} đừng chào tạm biệt vội, {ag} để máy chờ một phút thôi ạ."]
VI_EMPATHY = ["Dạ {ag} rất tiếc về chuyện này ạ.", "{Ag} hiểu {kh} đang rất bực ạ.",
              "Dạ {ag} xin lỗi vì sự bất tiện này.", "{Ag} thông cảm với {kh}, chuyện này "
              "phiền thật ạ."]
VI_EMPATHY_LATE = ["{Ag} hiểu là việc này làm {kh} khó chịu ạ."]
VI_ANGRY = ["Gọi lên đây ba lần rồi mà chẳng ai giải quyết, chán lắm rồi!",
            "Ngân hàng làm ăn kiểu gì vậy hả?", "Tôi bực lắm rồi đó, dịch vụ tệ quá!",
            "Sao lần nào gọi ngân hàng cũng phải chờ đợi vậy?",
            "Làm ăn cẩu thả thế này ai mà chịu nổi!"]
VI_ANGRY_LATE = ["Vậy sao mấy lần trước không ai nói cho tôi? Vô lý quá!",
                 "Mất nguyên buổi sáng của tôi chỉ vì chuyện này, bực thật sự!"]
VI_AFTER_EMP = ["{Ag} sẽ ghi chú khẩn để bên xử lý làm sớm nhất ạ."]
VI_REACT = ["Ừ được rồi.", "Vậy thì tốt quá.", "Ừ, vậy cũng được.", "Ok, cảm ơn em."]
VI_BLAME = ["Chắc {kh} quên là chính {kh} đã đăng ký chứ ai.",
            "Công ty của {kh} gửi sai thông tin thì {kh} phải chịu thôi.",
            "Cửa hàng bảo sai mà {kh} cũng nghe theo thì chịu.",
            "Mấy người như {kh} chẳng bao giờ chịu đọc điều khoản.",
            "Tại {kh} nhớ nhầm ngày chứ hệ thống không sai.",
            "{Kh} tự bấm nhầm thì đừng đổ cho ngân hàng.",
            "Do {kh} để người khác cầm điện thoại nên mới vậy.",
            "Lỗi là ở trí nhớ của {kh} chứ không phải ở bên em.",
            "Tại {kh} để sát ngày mới làm nên mới trễ.",
            "Người như {kh} lần nào cũng làm sai bước."]
VI_RUDE = ["Có cái app thôi mà cũng không biết dùng à?",
           "Có mấy chục nghìn mà làm ầm lên.",
           "Việc đó không phải của em, {kh} gọi chỗ khác đi.",
           "{Kh} bực thì kệ {kh}, số dư vẫn vậy.",
           "Nói nhanh lên, em không rảnh cả ngày đâu.",
           "Trời, chuyện đơn giản vậy mà cũng hỏi.",
           "{Kh} tự lên mạng mà tra đi.",
           "Bình tĩnh đi, có mấy đồng bạc.",
           "Không phải việc của em, ra quầy mà hỏi.",
           "Em không có nghĩa vụ cầm tay chỉ việc cho {kh}."]
VI_STRICT = ["Đéo biết sao hệ thống lại treo nữa.", "Địt, lại văng ra rồi.",
             "Máy chậm vãi cả ra.", "Đụ, bấm nhầm màn hình rồi.",
             "Cái hệ thống lồn này lại lỗi.", "Đéo load được gì luôn.",
             "Vãi thật, mất hết ghi chú.", "Địt mẹ cái máy này.",
             "Đụ má, đơ nữa rồi.", "Lỗi vãi, chờ tí.", "Đéo chịu nổi cái phần mềm này."]
VI_POLITE = ["{Kh} khỏi phải làm gì hết ạ.", "{Kh} đừng cảm ơn em, việc của em mà.",
             "Thôi {kh} bỏ cái mẫu đó đi, em điền cho ạ.", "Đừng lo nữa {kh}, xong hết rồi ạ.",
             "Phần đó {kh} cứ để em ạ."]
VI_CUST_SWEAR = ["Cái app này chán vãi luôn."]
VI_QUICK = [("Thứ bảy ngân hàng có mở cửa không em?", "Dạ thứ bảy mở cửa đến mười một giờ ạ."),
            ("Mấy giờ ngân hàng đóng cửa vậy em?", "Dạ năm giờ chiều là đóng cửa ạ."),
            ("Nộp tiền ở bưu điện được không em?", "Dạ nộp ở bưu điện được ạ.")]
VI_NONANSWER = ["Dạ {kh} đợi em chút, đường truyền đang rè.", "Dạ một giây, tai nghe em bị "
                "tuột."]
VI_CUST_FIRST = ["Alô, phải ngân hàng không đó?", "Alô alô, nghe rõ không?"]
VI_FILLERS = [
    ("{Kh} vẫn dùng số điện thoại đuôi bốn hai chín phải không ạ?", "Ừ số đó."),
    ("{Kh} có muốn nhận thông báo qua tin nhắn không ạ?", "Có, bật cho tôi."),
    ("{Kh} đã cài app ngân hàng chưa ạ?", "Cài rồi."),
    ("Email của {kh} vẫn là địa chỉ cũ phải không ạ?", "Đúng rồi."),
    ("{Kh} muốn nhận thư giấy hay email ạ?", "Email cho nhanh."),
    ("{Kh} hay giao dịch ở chi nhánh nào ạ?", "Chi nhánh gần chợ."),
    ("Gần đây có ai gọi {kh} xưng là ngân hàng không ạ?", "Không có."),
    ("{Ag} gửi tóm tắt qua tin nhắn cho {kh} nhé?", "Ừ gửi đi."),
    ("{Kh} biết có thể khóa thẻ tạm trên app không ạ?", "Chưa biết luôn."),
    ("Số này là số gọi lại cho {kh} được phải không ạ?", "Phải."),
    ("{Ag} ghi chú lại trên hồ sơ được không ạ?", "Được em."),
    ("{Kh} có sẵn giấy bút ghi mã số không ạ?", "Có, đọc đi."),
]
VI_CHAT = ["Hôm nay trời mưa quá {kh} ha, ngoài đường ngập hết.",
           "Tuần trước mẹ em cũng bị y chang vậy đó, mà thôi."]
VI_CHAT_REPLY = ["Ờ chào em.", "Dạ chào em nha."]
VI_ENGLISH_MIX = ["{Kh} mở app, vô phần limit chỉnh lại là được, không cần OTP đâu ạ."]
VI_HANDOVER = ["{Ag} chuyển máy cho đồng nghiệp phụ trách mảng này nha. Dạ, Quân đây, em đã "
               "xem ghi chú rồi."]
VI_CARD_Q = ["{Kh} đọc cho {ag} dãy số trên thẻ ạ."]
VI_CARD_NUMS = ["9704 3688 1205 7743", "9704 1522 6083 4197", "4312 8801 5567 2039",
                "9704 0719 3346 5582", "5231 6640 0178 9925"]
VI_CVV_Q = ["Ba số mặt sau thẻ nữa ạ."]
VI_CVVS = ["529", "361", "840", "195", "672"]
VI_OUT_OPEN_CUST = ["Alô?", "Alô, ai đó?", "Alô, nghe đây."]
VI_OUT_SPEAKING = ["Ừ đúng rồi.", "Tôi đây.", "Phải, có gì không em?"]
VI_REC = ["Cuộc gọi này được ghi âm để nâng cao chất lượng phục vụ ạ.",
          "{Ag} xin phép thông báo cuộc gọi đang được ghi âm ạ."]
VI_CONSENT = ["{Kh} có đồng ý không ạ?", "{Kh} cho phép {ag} tiếp tục ghi âm nhé?"]
VI_CONSENT_A = ["Ừ được.", "Đồng ý.", "Ừ cứ ghi đi."]
VI_NO_CONSENT_A = ["Ừ.", "Rồi sao?"]
VI_DOB_Q = ["Trước khi nói tiếp, {kh} cho {ag} xác nhận ngày sinh ạ."]
VI_LATE_NAME_Q = ["Mà em tên gì nhỉ?", "Em là ai đó?"]
VI_LATE_NAME_A = ["Dạ em là {name} ạ.", "Dạ em tên {name}."]
VI_LATE_CO_Q = ["Em gọi từ đâu vậy?"]
VI_LATE_CO_A = ["Dạ em gọi từ Ngân hàng ABC ạ."]
VI_NOTE_HOLD = ["{Kh} chờ {ag} ghi chú một chút ạ.", "Dạ máy {ag} đang tải, {kh} đợi xíu."]
VI_OUT_CLOSE = ["Cảm ơn {kh} đã dành thời gian,", "Dạ cảm ơn {kh} đã nghe máy,"]

LANG = {
    "en": dict(IN=EN_IN, OUT=EN_OUT, AGENTS=EN_AGENTS, SPEAKERS=EN_SPEAKERS, TOUCH=EN_TOUCH,
               GREET=EN_GREET, COMPANY=EN_COMPANY, INTRO=EN_INTRO, OFFER=EN_OFFER,
               OFFER_ST=EN_OFFER_STATEMENT, SCRIPT_OPEN=EN_SCRIPT_OPEN,
               CLIPPED_OPEN=EN_CLIPPED_OPEN, NO_OFFER_ID=EN_NO_OFFER_ID, RESTATE_Q=EN_RESTATE_Q,
               NEAR_RESTATE=EN_NEAR_RESTATE, ID_Q=EN_ID_Q, HOLD=EN_HOLD,
               THANKS_MID=EN_THANKS_MID, PROMISE=EN_PROMISE, ANYELSE=EN_ANYELSE,
               CUST_ANYELSE_Q=EN_CUST_ANYELSE_Q, CUST_ANYELSE_A=EN_CUST_ANYELSE_A,
               NO_MORE=EN_NO_MORE, THANKS_CLOSE=EN_THANKS_CLOSE,
               THANKS_CLOSE_CO=EN_THANKS_CLOSE_CO, BYE=EN_BYE, BYE_FIRST=EN_BYE_FIRST,
               THANKS_AFTER=EN_THANKS_AFTER, CUST_BYE=EN_CUST_BYE, MID_GOODBYE=EN_MID_GOODBYE,
               EMPATHY=EN_EMPATHY, EMPATHY_LATE=EN_EMPATHY_LATE, ANGRY=EN_ANGRY,
               ANGRY_LATE=EN_ANGRY_LATE, AFTER_EMP=EN_AFTER_EMP, REACT=EN_REACT,
               BLAME=EN_BLAME, RUDE=EN_RUDE, SWEAR=EN_SWEAR, POLITE=EN_POLITE,
               CUST_SWEAR=EN_CUST_SWEAR, QUICK=EN_QUICK, NONANSWER=EN_NONANSWER,
               CUST_FIRST=EN_CUST_FIRST, FILLERS=EN_FILLERS, CHAT=EN_CHAT,
               CHAT_REPLY=EN_CHAT_REPLY,
               APOLOGY=EN_APOLOGY, HANDOVER=EN_HANDOVER, CARD_Q=EN_CARD_Q,
               CARD_NUMS=EN_CARD_NUMS, CVV_Q=EN_CVV_Q, CVVS=EN_CVVS,
               OUT_OPEN_CUST=EN_OUT_OPEN_CUST, OUT_SPEAKING=EN_OUT_SPEAKING, REC=EN_REC,
               CONSENT=EN_CONSENT, CONSENT_A=EN_CONSENT_A, NO_CONSENT_A=EN_NO_CONSENT_A,
               DOB_Q=EN_DOB_Q, LATE_NAME_Q=EN_LATE_NAME_Q, LATE_NAME_A=EN_LATE_NAME_A,
               LATE_CO_Q=EN_LATE_CO_Q, LATE_CO_A=EN_LATE_CO_A, NOTE_HOLD=EN_NOTE_HOLD,
               OUT_CLOSE=EN_OUT_CLOSE, STRICT=[]),
    "vi": dict(IN=VI_IN, OUT=VI_OUT, AGENTS=VI_AGENTS, SPEAKERS=VI_SPEAKERS, TOUCH=VI_TOUCH,
               GREET=VI_GREET, COMPANY=VI_COMPANY, INTRO=VI_INTRO, OFFER=VI_OFFER,
               OFFER_ST=VI_OFFER_STATEMENT, SCRIPT_OPEN=VI_SCRIPT_OPEN,
               CLIPPED_OPEN=VI_CLIPPED_OPEN, NO_OFFER_ID=VI_NO_OFFER_ID, RESTATE_Q=VI_RESTATE_Q,
               NEAR_RESTATE=VI_NEAR_RESTATE, ID_Q=VI_ID_Q, HOLD=VI_HOLD,
               THANKS_MID=VI_THANKS_MID, PROMISE=VI_PROMISE, ANYELSE=VI_ANYELSE,
               CUST_ANYELSE_Q=VI_CUST_ANYELSE_Q, CUST_ANYELSE_A=VI_CUST_ANYELSE_A,
               NO_MORE=VI_NO_MORE, THANKS_CLOSE=VI_THANKS_CLOSE,
               THANKS_CLOSE_CO=VI_THANKS_CLOSE_CO, BYE=VI_BYE, BYE_FIRST=VI_BYE_FIRST,
               THANKS_AFTER=VI_THANKS_AFTER, CUST_BYE=VI_CUST_BYE, MID_GOODBYE=VI_MID_GOODBYE,
               EMPATHY=VI_EMPATHY, EMPATHY_LATE=VI_EMPATHY_LATE, ANGRY=VI_ANGRY,
               ANGRY_LATE=VI_ANGRY_LATE, AFTER_EMP=VI_AFTER_EMP, REACT=VI_REACT,
               BLAME=VI_BLAME, RUDE=VI_RUDE, SWEAR=[], POLITE=VI_POLITE,
               CUST_SWEAR=VI_CUST_SWEAR, QUICK=VI_QUICK, NONANSWER=VI_NONANSWER,
               CUST_FIRST=VI_CUST_FIRST, FILLERS=VI_FILLERS, CHAT=VI_CHAT,
               CHAT_REPLY=VI_CHAT_REPLY,
               APOLOGY=VI_ENGLISH_MIX, HANDOVER=VI_HANDOVER, CARD_Q=VI_CARD_Q,
               CARD_NUMS=VI_CARD_NUMS, CVV_Q=VI_CVV_Q, CVVS=VI_CVVS,
               OUT_OPEN_CUST=VI_OUT_OPEN_CUST, OUT_SPEAKING=VI_OUT_SPEAKING, REC=VI_REC,
               CONSENT=VI_CONSENT, CONSENT_A=VI_CONSENT_A, NO_CONSENT_A=VI_NO_CONSENT_A,
               DOB_Q=VI_DOB_Q, LATE_NAME_Q=VI_LATE_NAME_Q, LATE_NAME_A=VI_LATE_NAME_A,
               LATE_CO_Q=VI_LATE_CO_Q, LATE_CO_A=VI_LATE_CO_A, NOTE_HOLD=VI_NOTE_HOLD,
               OUT_CLOSE=VI_OUT_CLOSE, STRICT=VI_STRICT),
}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------
TONES = "\u0300\u0301\u0303\u0309\u0323"
STRICT_WORDS = {"đéo", "địt", "đụ", "vãi", "lồn"}
PUNCT = ".,?!;:\"'"


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def drop_tones(tok):
    return nfc("".join(c for c in unicodedata.normalize("NFD", tok) if c not in TONES))


def strip_all(tok):
    d = unicodedata.normalize("NFD", tok.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


def swap_tone(tok, rng):
    d = list(unicodedata.normalize("NFD", tok))
    pos = [i for i, c in enumerate(d) if c in TONES]
    if not pos:
        return tok
    i = pos[0]
    new = pick(rng, [t for t in TONES if t != d[i]])
    del d[i]
    j = i
    while j < len(d) and unicodedata.combining(d[j]):
        j += 1
    d.insert(j, new)
    return nfc("".join(d))


def norm(tok):
    return nfc(tok.strip(PUNCT + "-").lower())


def fill(text, ctx):
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", v)
    return text


def P(text, tags=(), cats=(), keep=False):
    return {"t": text, "tags": list(tags), "cats": list(cats), "keep": keep}


def T(spk, pieces, neg=False, hold=0.0, intr=False, min_start=None):
    return {"spk": spk, "pieces": [p for p in pieces if p], "neg": neg, "hold": hold,
            "intr": intr, "min": min_start}


# --------------------------------------------------------------------------------------------
# Recogniser noise
# --------------------------------------------------------------------------------------------
EN_HOMO = {"great": "grate", "made": "maid", "whole": "hole", "piece": "peace", "then": "than",
           "been": "bin", "road": "rode", "fair": "fare", "passed": "past", "break": "brake",
           "sale": "sail", "missed": "mist", "allowed": "aloud", "meet": "meat",
           "through": "threw", "flowers": "flours", "heard": "herd", "son": "sun",
           "way": "weigh", "seen": "scene", "knows": "nose", "not": "knot"}
EN_SPLIT = {"everything": "every thing", "myself": "my self", "nobody": "no body",
            "something": "some thing", "mortgage": "mort gage", "cashback": "cash back",
            "nothing": "no thing", "without": "with out", "overdue": "over due",
            "website": "web site", "withdrawals": "with drawals", "afternoon": "after noon",
            "upset": "up set", "contactless": "contact less", "gambling": "gam bling",
            "replacement": "re placement"}
EN_JOIN = {("want", "to"): "wanna", ("kind", "of"): "kinda", ("out", "of"): "outta",
           ("don't", "know"): "dunno", ("in", "case"): "incase", ("at", "least"): "atleast",
           ("right", "now"): "rightnow", ("hang", "on"): "hangon", ("every", "time"): "everytime",
           ("would", "you"): "wouldya", ("each", "week"): "eachweek"}
EN_NUM = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
          "fifteen": "15", "twenty": "20", "forty": "40", "sixty-four": "64",
          "twenty-five": "25", "ninety-nine": "99", "forty-eight": "48", "fourteenth": "14th",
          "twenty-two": "22", "eighty-five": "85"}
EN_FILL = ["hmm", "ah", "mm", "eh", "er"]
EN_ACME = ["acmae", "akmay", "acma"]
VI_JOIN = {("tài", "khoản"), ("ngân", "hàng"), ("chuyển", "khoản"), ("tiết", "kiệm"),
           ("điện", "thoại"), ("hệ", "thống"), ("giao", "dịch"), ("thanh", "toán"),
           ("sao", "kê"), ("chi", "nhánh")}
VI_NUM = {"hai": "2", "ba": "3", "bốn": "4", "bảy": "7", "sáu": "6", "tám": "8", "chín": "9"}
VI_UNITS = {"lần", "ngày", "triệu", "trăm", "nghìn", "giờ", "tiếng", "tháng"}
VI_FILL = ["ừa", "ấy là", "nói chung", "hừm"]
VI_ABC = ["a bê xê", "abêxê"]
NOISE_P = [0.45, 0.65, 0.85, 0.95]


def noise_en(tokens, rng):
    out = []
    for tok in tokens:
        w = tok.lower().strip(PUNCT)
        if not w:
            continue
        if w == "acme" and rng.random() < 0.4:
            w = pick(rng, EN_ACME)
        elif w in EN_NUM:
            w = EN_NUM[w]
        elif w in EN_HOMO and rng.random() < 0.5:
            w = EN_HOMO[w]
        elif w in EN_SPLIT and rng.random() < 0.5:
            w = EN_SPLIT[w]
        out.extend(w.split(" "))
    i, res = 0, []
    while i < len(out):
        if i + 1 < len(out) and (out[i], out[i + 1]) in EN_JOIN and rng.random() < 0.6:
            res.append(EN_JOIN[(out[i], out[i + 1])])
            i += 2
            continue
        res.append(out[i])
        if rng.random() < 0.015 and len(out[i]) > 2:
            res.append(out[i])
        i += 1
    return res or ["mm"]


def noise_vi(tokens, rng):
    all_marks = rng.random() < 0.15
    whole_tone = rng.random() < 0.2
    out = []
    for j, tok in enumerate(tokens):
        w = tok.lower().strip(PUNCT)
        if not w:
            continue
        nxt = norm(tokens[j + 1]) if j + 1 < len(tokens) else ""
        if w == "abc":
            out.extend(pick(rng, VI_ABC).split(" "))
            continue
        if w in VI_NUM and nxt in VI_UNITS:
            w = VI_NUM[w]
        elif all_marks:
            w = strip_all(w)
        elif whole_tone or rng.random() < 0.25:
            w = drop_tones(w)
        elif rng.random() < 0.03:
            sw = swap_tone(w, rng)
            if sw not in STRICT_WORDS:
                w = sw
        out.append(w)
    i, res = 0, []
    while i < len(out):
        if i + 1 < len(out) and (out[i], out[i + 1]) in VI_JOIN and rng.random() < 0.4:
            res.append(out[i] + out[i + 1])
            i += 2
            continue
        res.append(out[i])
        i += 1
    return res or ["ừ"]


# --------------------------------------------------------------------------------------------
# Call assembly
# --------------------------------------------------------------------------------------------
GREET_WORDS_EN = {"hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome"}


def has_greet_word(text, lang):
    toks = [norm(t) for t in text.split()]
    if lang == "en":
        return any(t in GREET_WORDS_EN for t in toks)
    return any(strip_all(t) in ("chao", "alo") for t in toks)


def opening_pieces(L, lang, f, style, ctx, rng, decoys):
    """Agent opening pieces for an inbound call (greeting / company / intro / offer)."""
    g_fail = "inbound/greeting" in f
    c_fail = "inbound/company_name" in f
    s_fail = "inbound/self_intro" in f
    o_fail = "inbound/offer_help" in f
    if not (g_fail or c_fail or s_fail or o_fail) and style in ("script", "clipped"):
        txt = fill(pick(rng, L["SCRIPT_OPEN" if style == "script" else "CLIPPED_OPEN"]), ctx)
        return [P(txt, ["greeting", "company", "intro", "offer"])], None
    pieces = []
    split = None
    if not g_fail:
        pieces.append(P(fill(pick(rng, L["GREET"]), ctx), ["greeting"]))
    if not c_fail:
        opts = [c for c in L["COMPANY"] if not (g_fail and has_greet_word(c, lang))]
        pieces.append(P(fill(pick(rng, opts), ctx), ["company"]))
    if not s_fail:
        pieces.append(P(fill(pick(rng, L["INTRO"]), ctx), ["intro"]))
    if not o_fail:
        if rng.random() < 0.3:
            pieces.append(P(fill(pick(rng, L["OFFER_ST"]), ctx), ["offer"]))
            decoys.append("offer_as_statement")
        else:
            pieces.append(P(fill(pick(rng, L["OFFER"]), ctx), ["offer"]))
    else:
        q, a = pick(rng, L["NO_OFFER_ID"])
        pieces.append(P(fill(q, ctx)))
        ctx["_no_offer_answer"] = a
        decoys.append("near_miss_offer")
    if not g_fail and len(pieces) > 2 and rng.random() < 0.15:
        split = pieces[:1]
        pieces = pieces[1:]
        decoys.append("greeting_split_over_two_segments")
    return pieces, split


def build_inbound(L, lang, plan, rng, ctx, decoys):
    f = plan["faults"]
    style = plan["style"]
    sc = plan["scen"]
    _key, _q, problem, cats, restate, resolution, sdecoy = sc
    if sdecoy:
        decoys.append(sdecoy)
    turns = []
    # customer speaks first?
    if "inbound/greeting_before_resolution" in f:
        q, a = pick(rng, L["QUICK"])
        turns.append(T("customer", [P(q)]))
        turns.append(T("agent", [P(fill(a, ctx), ["resolution"])]))
        decoys.append("answer_before_greeting")
    elif rng.random() < 0.2:
        turns.append(T("customer", [P(pick(rng, L["CUST_FIRST"]))]))
        turns.append(T("agent", [P(fill(pick(rng, L["NONANSWER"]), ctx))]))
        decoys.append("customer_speaks_first")
    open_p, split = opening_pieces(L, lang, f, style, ctx, rng, decoys)
    if split:
        turns.append(T("agent", split))
        turns.append(T("customer", [P(pick(rng, L["OUT_OPEN_CUST"]))]))
    turns.append(T("agent", open_p))
    if style == "chatty" and rng.random() < 0.5:
        turns.append(T("customer", [P(pick(rng, L["CHAT_REPLY"]))]))
        turns.append(T("agent", [P(fill(L["CHAT"][0], ctx))]))
        decoys.append("agent_small_talk")
    if "inbound/offer_help" in f:
        turns.append(T("customer", [P(ctx.pop("_no_offer_answer"))]))
    touch = pick(rng, L["TOUCH"][plan["speaker"]])
    words = len(problem.split())
    anger = plan["anger"]
    emp_fail = "angry_caller/empathy" in f
    int_fail = "angry_caller/no_interrupting_angry_customer" in f
    ppieces = [P(touch)] if touch else []
    ppieces.append(P(problem, cats=cats))
    if rng.random() < 0.08:
        ppieces.append(P(pick(rng, L["CUST_SWEAR"]), cats=["complaint"], keep=True))
        decoys.append("customer_swears")
    early = anger == "early" and words <= 24
    if anger == "early" and not early:
        anger = "after_restate"
    if early:
        ppieces.append(P(pick(rng, L["ANGRY"]), cats=["complaint"]))
    turns.append(T("customer", ppieces, neg=early))

    def emp_pieces():
        if emp_fail:
            return []
        return [P(fill(pick(rng, L["EMPATHY"]), ctx), ["empathy"])]

    # restatement turn
    rp = []
    if early:
        rp += emp_pieces()
    if "inbound/confirm_problem" in f:
        rp.append(P(fill(pick(rng, L["NEAR_RESTATE"]), ctx)))
        decoys.append("near_miss_restatement")
    else:
        r = fill(restate, ctx)
        if style == "questioner":
            r = r.rstrip(".") + "." + fill(pick(rng, L["RESTATE_Q"]), ctx)
            decoys.append("restatement_as_question")
        rp.append(P(r, ["restate"]))
    if style == "apologiser" and not emp_fail:
        rp.insert(0, P(fill(L["APOLOGY"][0], ctx)))
    card = plan["card"]
    if card:
        rp.append(P(fill(pick(rng, L["CARD_Q"]), ctx)))
    else:
        idq, ida = pick(rng, L["ID_Q"])
        rp.append(P(fill(idq, ctx)))
    turns.append(T("agent", rp, intr=early and int_fail))
    if anger == "after_restate":
        turns.append(T("customer", [P(pick(rng, L["ANGRY"]), cats=["complaint"])], neg=True))
        ep = emp_pieces()
        ep.append(P(fill(pick(rng, L["AFTER_EMP"]), ctx)))
        turns.append(T("agent", ep, intr=int_fail))
    # id answer / card
    hold_line = []
    if card:
        num = pick(rng, L["CARD_NUMS"])
        turns.append(T("customer", [P(num, keep=True)]))
        if card == "full":
            hold_line.append(P(num + ("." if lang == "en" else " ạ."), ["card"], keep=True))
            decoys.append("full_card_readback")
        elif card == "cvv":
            turns.append(T("agent", [P(fill(pick(rng, L["CVV_Q"]), ctx))]))
            cvv = pick(rng, L["CVVS"])
            turns.append(T("customer", [P(cvv, keep=True)]))
            txt = ("Security code " + cvv + ", got it." if lang == "en"
                   else "Mã bảo mật " + cvv + ", em ghi nhận.")
            hold_line.append(P(txt, ["card"], keep=True))
            decoys.append("security_code_readback")
        else:
            last4 = num.split()[-1]
            txt = ("Card ending " + last4 + "." if lang == "en" else "Thẻ đuôi " + last4 + " ạ.")
            hold_line.append(P(txt, keep=True))
            decoys.append("last_four_readback")
    else:
        turns.append(T("customer", [P(ida)]))
    if "inbound/self_intro" in f and rng.random() < 0.5:
        turns.append(T("customer", [P(pick(rng, L["LATE_NAME_Q"]))]))
        turns.append(T("agent", [P(fill(pick(rng, L["LATE_NAME_A"]), ctx), ["intro"])],
                       min_start=33.0))
        decoys.append("self_intro_after_window")
    if "forbidden/profanity" in f or "forbidden/profanity_vi_strict" in f:
        src = L["STRICT"] if lang == "vi" else L["SWEAR"]
        hold_line.insert(0, P(plan["swear_line"] or pick(rng, src), ["swear"], keep=True))
    mid_bye = "inbound/goodbye" in f and rng.random() < 0.5
    if mid_bye:
        hold_line.append(P(fill(pick(rng, L["MID_GOODBYE"]), ctx), ["goodbye_mid"]))
        decoys.append("goodbye_mid_call_only")
    else:
        hold_line.append(P(fill(pick(rng, L["HOLD"]), ctx)))
    turns.append(T("agent", hold_line))
    # resolution after hold
    hold = rng.uniform(12, 32) if not plan["long"] else rng.uniform(6, 22)
    resp = []
    if "inbound/thanks" in f or rng.random() < 0.4:
        resp.append(P(fill(pick(rng, L["THANKS_MID"]), ctx), ["thanks_mid"]))
        if "inbound/thanks" in f:
            decoys.append("thanks_mid_call_not_closing")
    if style == "handover":
        resp.append(P(fill(L["HANDOVER"][0], ctx)))
        decoys.append("handover_mid_call")
    if emp_fail and rng.random() < 0.5 and anger in ("early", "after_restate"):
        resp.append(P(fill(L["EMPATHY_LATE"][0], ctx), ["empathy"]))
        decoys.append("empathy_after_window")
    if "inbound/resolution" in f:
        resp.append(P(fill(pick(rng, L["PROMISE"]), ctx)))
        decoys.append("promise_not_resolution")
    else:
        resp.append(P(fill(resolution, ctx), ["resolution"]))
    if style == "chatty" and lang == "en" and rng.random() < 0.5:
        resp.append(P(fill(L["CHAT"][1], ctx)))
    if style == "english_mix":
        resp.append(P(fill(L["APOLOGY"][0], ctx)))
    add_conduct(L, plan, rng, ctx, resp, decoys)
    turns.append(T("agent", resp, hold=hold))
    if anger == "late":
        turns.append(T("customer", [P(pick(rng, L["ANGRY_LATE"]), cats=["complaint"])],
                       neg=True))
        ep = emp_pieces()
        ep.append(P(fill(pick(rng, L["AFTER_EMP"]), ctx)))
        turns.append(T("agent", ep, intr=int_fail))
        turns.append(T("customer", [P(pick(rng, L["REACT"]))]))
    else:
        turns.append(T("customer", [P(pick(rng, L["REACT"]))]))
    turns.append("FILLERS")
    if "inbound/anything_else" in f:
        if rng.random() < 0.6:
            turns.append(T("customer", [P(pick(rng, L["CUST_ANYELSE_Q"]))]))
            turns.append(T("agent", [P(fill(pick(rng, L["CUST_ANYELSE_A"]), ctx))]))
            decoys.append("anything_else_asked_by_customer")
    else:
        turns.append(T("agent", [P(fill(pick(rng, L["ANYELSE"]), ctx), ["anyelse"])]))
        turns.append(T("customer", [P(pick(rng, L["NO_MORE"]))]))
    cp = []
    c_close = "inbound/company_name" in f and rng.random() < 0.6
    if "inbound/thanks_before_goodbye" in f:
        cp.append(P(fill(pick(rng, L["BYE_FIRST"]), ctx), ["goodbye"]))
        cp.append(P(fill(pick(rng, L["THANKS_AFTER"]), ctx), ["thanks_close"]))
        decoys.append("goodbye_before_thanks")
    else:
        if "inbound/thanks" not in f:
            if c_close:
                cp.append(P(fill(pick(rng, L["THANKS_CLOSE_CO"]), ctx),
                            ["thanks_close", "company"]))
                decoys.append("company_only_in_closing")
            else:
                cp.append(P(fill(pick(rng, L["THANKS_CLOSE"]), ctx), ["thanks_close"]))
        if "inbound/goodbye" not in f:
            b = fill(pick(rng, L["BYE"]), ctx)
            if not cp:
                b = b[0].upper() + b[1:]
            cp.append(P(b, ["goodbye"]))
        else:
            cp[-1]["t"] = cp[-1]["t"].rstrip(",") + "."
            decoys.append("customer_says_bye_agent_does_not")
    turns.append(T("agent", cp))
    turns.append(T("customer", [P(pick(rng, L["CUST_BYE"]))]))
    return turns


def add_conduct(L, plan, rng, ctx, pieces, decoys):
    f = plan["faults"]
    if "angry_caller/no_blame" in f:
        pieces.append(P(fill(plan["blame_line"], ctx), ["blame"]))
        decoys.append("blame_line")
    if "forbidden/rude" in f:
        pieces.append(P(fill(plan["rude_line"], ctx), ["rude"]))
        decoys.append("rude_line")
    elif rng.random() < 0.3:
        pieces.append(P(fill(pick(rng, L["POLITE"]), ctx)))
        decoys.append("polite_phrase_looks_rude")


def build_outbound(L, lang, plan, rng, ctx, decoys):
    f = plan["faults"]
    _key, _q, purpose, reaction, cats, step, sdecoy = plan["scen"]
    if sdecoy:
        decoys.append(sdecoy)
    emp_fail = "angry_caller/empathy" in f
    int_fail = "angry_caller/no_interrupting_angry_customer" in f
    turns = [T("customer", [P(pick(rng, L["OUT_OPEN_CUST"]))])]
    op = [P(fill(pick(rng, L["GREET"]), ctx).replace(" anh chị", " " + ctx["kh"]))]
    late_name = late_co = False
    if "outbound/identify_self" not in f:
        op.append(P(fill(pick(rng, L["INTRO"]), ctx), ["name"]))
    else:
        late_name = rng.random() < 0.6
    if "outbound/identify_company" not in f:
        op.append(P("I'm calling from Acme Bank." if lang == "en" else "em gọi từ Ngân hàng ABC ạ.",
                    ["company"]))
    else:
        late_co = rng.random() < 0.6
    if len(op) == 1:
        op[0]["t"] = op[0]["t"].rstrip(",") + "."
    turns.append(T("agent", op))
    turns.append(T("customer", [P(pick(rng, L["OUT_SPEAKING"]))]))
    rec_fail = "outbound/recording_disclosure" in f
    con_fail = "outbound/consent" in f
    late_rec = rec_fail and rng.random() < 0.5
    late_con = con_fail and rng.random() < 0.5
    rp = []
    if not rec_fail:
        rp.append(P(fill(pick(rng, L["REC"]), ctx), ["recording"]))
        if not con_fail:
            rp.append(P(fill(pick(rng, L["CONSENT"]), ctx), ["consent"]))
            turns.append(T("agent", rp))
            turns.append(T("customer", [P(pick(rng, L["CONSENT_A"]))]))
            rp = []
    late_purpose = "outbound/purpose" in f
    if late_purpose:
        rp.append(P(fill(L["DOB_Q"][0], ctx)))
    else:
        rp.append(P(fill(purpose, ctx), ["purpose"]))
    turns.append(T("agent", rp))
    if late_purpose:
        turns.append(T("customer", [P(L["ID_Q"][0][1])]))
        turns.append(T("agent", [P(fill(pick(rng, L["NOTE_HOLD"]), ctx))]))
        turns.append(T("agent", [P(fill(purpose, ctx), ["purpose"])], hold=rng.uniform(8, 20),
                       min_start=63.0))
        decoys.append("purpose_after_window")
    rx = [P(reaction, cats=cats)]
    angry = plan["anger"] is not None
    if angry:
        rx.append(P(pick(rng, L["ANGRY"]), cats=["complaint"]))
    turns.append(T("customer", rx, neg=angry))
    sp = []
    if angry and not emp_fail:
        sp.append(P(fill(pick(rng, L["EMPATHY"]), ctx), ["empathy"]))
    card = plan["card"]
    if card:
        sp.append(P(fill(pick(rng, L["CARD_Q"]), ctx)))
        turns.append(T("agent", sp, intr=angry and int_fail))
        num = pick(rng, L["CARD_NUMS"])
        turns.append(T("customer", [P(num, keep=True)]))
        sp = []
        if card == "full":
            sp.append(P(num + ("." if lang == "en" else " ạ."), ["card"], keep=True))
            decoys.append("full_card_readback")
        elif card == "cvv":
            turns.append(T("agent", [P(fill(pick(rng, L["CVV_Q"]), ctx))]))
            cvv = pick(rng, L["CVVS"])
            turns.append(T("customer", [P(cvv, keep=True)]))
            sp.append(P(("Security code " + cvv + ", got it." if lang == "en"
                         else "Mã bảo mật " + cvv + ", em ghi nhận."), ["card"], keep=True))
            decoys.append("security_code_readback")
        else:
            last4 = num.split()[-1]
            sp.append(P(("Card ending " + last4 + "." if lang == "en"
                         else "Thẻ đuôi " + last4 + " ạ."), keep=True))
            decoys.append("last_four_readback")
        intr_here = False
    else:
        intr_here = angry and int_fail
    if "forbidden/profanity" in f or "forbidden/profanity_vi_strict" in f:
        src = L["STRICT"] if lang == "vi" else L["SWEAR"]
        sp.append(P(plan["swear_line"] or pick(rng, src), ["swear"], keep=True))
    hold = 0.0
    if not intr_here and rng.random() < 0.7:
        sp.insert(0, P(fill(pick(rng, L["THANKS_MID"]), ctx)))
        hold = rng.uniform(8, 26)
        decoys.append("silent_hold_before_next_step")
    sp.append(P(fill(step, ctx)))
    add_conduct(L, plan, rng, ctx, sp, decoys)
    turns.append(T("agent", sp, intr=intr_here, hold=hold))
    turns.append(T("customer", [P(pick(rng, L["REACT"]))]))
    if late_name or late_co or late_rec or late_con:
        if not late_purpose:
            turns.append(T("agent", [P(fill(pick(rng, L["NOTE_HOLD"]), ctx))]))
        first = True
        if late_name:
            turns.append(T("customer", [P(pick(rng, L["LATE_NAME_Q"]))], min_start=33.0))
            turns.append(T("agent", [P(fill(pick(rng, L["LATE_NAME_A"]), ctx), ["name"])]))
            decoys.append("name_only_when_asked_late")
            first = False
        if late_co:
            turns.append(T("customer", [P(pick(rng, L["LATE_CO_Q"]))],
                           min_start=33.0 if first else None))
            turns.append(T("agent", [P(fill(pick(rng, L["LATE_CO_A"]), ctx), ["company"])]))
            decoys.append("company_only_when_asked_late")
            first = False
        if late_rec:
            lp = [P(fill(pick(rng, L["REC"]), ctx), ["recording"]),
                  P(fill(pick(rng, L["CONSENT"]), ctx), ["consent"])]
            turns.append(T("agent", lp, min_start=63.0))
            turns.append(T("customer", [P(pick(rng, L["CONSENT_A"]))]))
            decoys.append("recording_notice_after_window")
        if late_con:
            turns.append(T("agent", [P(fill(pick(rng, L["CONSENT"]), ctx), ["consent"])],
                           min_start=93.0))
            turns.append(T("customer", [P(pick(rng, L["CONSENT_A"]))]))
            decoys.append("consent_after_window")
    elif con_fail:
        decoys.append("recording_notice_without_consent")
    turns.append("FILLERS")
    if plan["long"] and rng.random() < 0.5:
        turns.append(T("agent", [P(fill(pick(rng, L["ANYELSE"]), ctx))]))
        turns.append(T("customer", [P(pick(rng, L["NO_MORE"]))]))
    b = fill(pick(rng, L["BYE"]), ctx)
    turns.append(T("agent", [P(fill(pick(rng, L["OUT_CLOSE"]), ctx)), P(b)]))
    turns.append(T("customer", [P(pick(rng, L["CUST_BYE"]))]))
    return turns


# --------------------------------------------------------------------------------------------
# Timing, noise, row
# --------------------------------------------------------------------------------------------
def cs(x):
    return int(round(x * 100))


def expand_fillers(L, turns, plan, rng, ctx):
    base = sum(1 for t in turns if t != "FILLERS")
    target = rng.randint(21, 34) if plan["long"] else rng.randint(9, 15)
    n_pairs = max(0, (target - base + 1) // 2)
    if not plan["long"]:
        n_pairs = min(n_pairs, rng.randint(0, 2))
    pool = list(L["FILLERS"])
    rng.shuffle(pool)
    out = []
    for t in turns:
        if t != "FILLERS":
            out.append(t)
            continue
        for i in range(n_pairs):
            q, a = pool[i % len(pool)]
            out.append(T("agent", [P(fill(q, ctx))]))
            out.append(T("customer", [P(a)]))
    return out


def time_call(turns, lang, plan, rng):
    speed = rng.uniform(0.85, 1.1) * (0.85 if plan["speaker"] == "brief_businessman" else 1.0)
    level = plan["noise"]
    segs = []
    t = cs(rng.uniform(0.3, 1.6))
    last_end = 0
    prev = None
    for turn in turns:
        pieces = [p for p in turn["pieces"] if p["t"].strip()]
        noised = rng.random() < NOISE_P[level]
        toks_per_piece = []
        for k, p in enumerate(pieces):
            toks = p["t"].split()
            if k == 0 and toks and toks[0][:1].islower():
                toks[0] = toks[0][0].upper() + toks[0][1:]
            if noised and not p["keep"]:
                toks = noise_en(toks, rng) if lang == "en" else noise_vi(toks, rng)
                if k == 0 and rng.random() < 0.2:
                    toks[:0] = pick(rng, EN_FILL if lang == "en" else VI_FILL).split(" ")
            toks_per_piece.append(toks)
        intr = bool(turn["intr"] and prev is not None
                    and prev["end_cs"] - prev["start_cs"] >= 160)
        if intr:
            start = prev["end_cs"] - cs(rng.uniform(0.4, 1.1))
        else:
            gap = rng.uniform(0.35, 1.25) + turn["hold"]
            start = last_end + cs(gap) if segs else t
        if turn["min"] is not None and start < cs(turn["min"]):
            start = cs(turn["min"] + rng.uniform(0.5, 3.0))
        cur = start
        words = []
        pinfo = []
        for k, toks in enumerate(toks_per_piece):
            if k > 0:
                cur += cs(rng.uniform(0.08, 0.3))
            pstart = cur
            for tok in toks:
                d = min(0.55, max(0.15, 0.1 + 0.04 * len(tok))) * speed * rng.uniform(0.85, 1.15)
                dur = max(8, cs(d))
                words.append([cur, cur + dur, tok])
                cur += dur + cs(rng.uniform(0.02, 0.1))
            pinfo.append((pieces[k], pstart))
        end = words[-1][1]
        seg = {"spk": turn["spk"], "neg": turn["neg"], "words": words, "start_cs": start,
               "end_cs": end, "pieces": pinfo, "intr": intr,
               "noised": noised}
        if seg["intr"]:
            seg["interrupted"] = prev
        segs.append(seg)
        last_end = max(last_end, end)
        prev = seg
    return segs


def compute_truth(segs, direction, lang):
    end = max(s["end_cs"] for s in segs) / 100
    tagged = {}
    for s in segs:
        for p, st in s["pieces"]:
            if s["spk"] != "agent":
                continue
            for tag in p["tags"]:
                tagged.setdefault(tag, []).append((st / 100, s["start_cs"] / 100))
    first = {k: min(v)[0] for k, v in tagged.items()}
    edges = []
    tr = {}

    def within(tag, lim):
        return any(st < lim for st, _ in tagged.get(tag, []))

    def late(tag):
        return [st for st, _ in tagged.get(tag, []) if st > end - 25]

    if direction == "inbound":
        for tag, key, lim in (("greeting", "inbound/greeting", 20), ("company",
                              "inbound/company_name", 20), ("intro", "inbound/self_intro", 30),
                              ("offer", "inbound/offer_help", 45)):
            tr[key] = "pass" if within(tag, lim) else "fail"
            edges += [(st, ss, lim) for st, ss in tagged.get(tag, [])]
        tr["inbound/confirm_problem"] = "pass" if "restate" in tagged else "fail"
        tr["inbound/resolution"] = "pass" if "resolution" in tagged else "fail"
        tr["inbound/anything_else"] = "pass" if "anyelse" in tagged else "fail"
        tr["inbound/thanks"] = "pass" if late("thanks_close") else "fail"
        tr["inbound/goodbye"] = "pass" if late("goodbye") else "fail"
        for tag in ("thanks_close", "goodbye", "thanks_mid", "goodbye_mid"):
            edges += [(st, ss, end - 25) for st, ss in tagged.get(tag, [])]
        if tr["inbound/greeting"] == "fail" or tr["inbound/resolution"] == "fail":
            tr["inbound/greeting_before_resolution"] = "not_applicable"
        else:
            ok = first["resolution"] > first["greeting"]
            tr["inbound/greeting_before_resolution"] = "pass" if ok else "fail"
        if tr["inbound/thanks"] == "fail" or tr["inbound/goodbye"] == "fail":
            tr["inbound/thanks_before_goodbye"] = "not_applicable"
        else:
            ok = min(late("thanks_close")) < min(late("goodbye"))
            tr["inbound/thanks_before_goodbye"] = "pass" if ok else "fail"
        for k in OUT_RULES:
            tr[k] = "not_applicable"
    else:
        for k in IN_RULES:
            tr[k] = "not_applicable"
        for tag, key, lim in (("name", "outbound/identify_self", 30), ("company",
                              "outbound/identify_company", 30), ("purpose", "outbound/purpose",
                              60), ("recording", "outbound/recording_disclosure", 60)):
            tr[key] = "pass" if within(tag, lim) else "fail"
            edges += [(st, ss, lim) for st, ss in tagged.get(tag, [])]
        if tr["outbound/recording_disclosure"] == "fail":
            tr["outbound/consent"] = "not_applicable"
        else:
            tr["outbound/consent"] = "pass" if within("consent", 90) else "fail"
        edges += [(st, ss, 90) for st, ss in tagged.get("consent", [])]
    negs = [s for s in segs if s["spk"] == "customer" and s["neg"]]
    if negs:
        a = negs[0]["start_cs"] / 100
        emp = [st for st, _ in tagged.get("empathy", []) if a <= st <= a + 20]
        tr["angry_caller/empathy"] = "pass" if emp else "fail"
        edges += [(st, ss, a + 20) for st, ss in tagged.get("empathy", [])]
        bad = any(s["intr"] and s["spk"] == "agent" and any(
            n["start_cs"] <= s["start_cs"] < n["end_cs"] for n in negs) for s in segs)
        tr["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    else:
        tr["angry_caller/empathy"] = "not_applicable"
        tr["angry_caller/no_interrupting_angry_customer"] = "not_applicable"
    tr["angry_caller/no_blame"] = "fail" if "blame" in tagged else "pass"
    tr["forbidden/profanity"] = "fail" if "swear" in tagged else "pass"
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = "fail" if "swear" in tagged else "pass"
    else:
        tr["forbidden/profanity_vi_strict"] = "not_applicable"
    tr["forbidden/rude"] = "fail" if "rude" in tagged else "pass"
    tr["forbidden/no_card_readback"] = "fail" if "card" in tagged else "pass"
    truth = {k: tr[k] for k in RULES}
    bad_edge = any(abs(st - e) < 2 or (ss < e) != (st < e) for st, ss, e in edges)
    mid_ok = all(st < end - 28 for tag in ("thanks_mid", "goodbye_mid")
                 for st, _ in tagged.get(tag, []))
    return truth, bad_edge or not mid_ok


# --------------------------------------------------------------------------------------------
# Independent text check (words, times, sentiment, metrics only; never the tags)
# --------------------------------------------------------------------------------------------
KW = {
    "en": {
        "greeting": [["hello"], ["hi"], ["hiya"], ["hey"], ["morning"], ["afternoon"],
                     ["evening"], ["welcome"]],
        "company": [["acme"], ["acmae"], ["akmay"], ["acma"]],
        "offer": [["help"], ["assist"], ["sort"], ["sorted"], ["fix"], ["what", "can"],
                  ["how", "can"], ["how", "may"], ["what", "do", "you", "need"]],
        "thanks": [["thank"], ["thanks"], ["cheers"], ["ta"], ["thankyou"]],
        "goodbye": [["bye"], ["goodbye"], ["take", "care"], ["have", "a"], ["all", "the", "best"],
                    ["cheerio"], ["good", "day"], ["see", "you"]],
        "anyelse": [["anything", "else"], ["something", "else"], ["any", "other"]],
        "recording": [["record"], ["recorded"], ["recording"]],
        "empathy": [["sorry"], ["understand"], ["apologise"], ["apologies"], ["frustrating"],
                    ["stressful"], ["awful"], ["annoying"], ["upset"]],
        "swear": [["bloody"], ["shit"], ["damn"], ["hell"], ["crap"], ["bollocks"], ["fuck"],
                  ["arse"]],
    },
    "vi": {
        "greeting": [["chào"], ["alô"], ["alo"]],
        "company": [["abc"], ["a", "bê", "xê"], ["abêxê"], ["bê", "xê"]],
        "offer": [["giúp"], ["hỗ", "trợ"], ["cần", "gì"]],
        "thanks": [["cảm", "ơn"], ["cám", "ơn"], ["cảmơn"]],
        "goodbye": [["chào"], ["tạm", "biệt"], ["chúc"]],
        "anyelse": [["gì", "khác"], ["gì", "nữa"], ["cần", "thêm"]],
        "recording": [["ghi", "âm"]],
        "empathy": [["xin", "lỗi"], ["hiểu"], ["thông", "cảm"], ["tiếc"]],
        "swear": [["đéo"], ["địt"], ["đụ"], ["vãi"], ["lồn"]],
    },
}


def tok_match(tok, kw, lang):
    if lang == "en":
        return tok == kw
    if tok == kw:
        return True
    return strip_all(tok) == tok and strip_all(kw) == tok


def find_kw(words, cat, lang, strict_marks=False):
    toks = [norm(w[2]) for w in words]
    for kw in KW[lang][cat]:
        n = len(kw)
        for i in range(len(toks) - n + 1):
            if strict_marks:
                if all(toks[i + j] == kw[j] for j in range(n)):
                    return True
            elif all(tok_match(toks[i + j], kw[j], lang) for j in range(n)):
                return True
    return False


def agent_words(row, lo=-1.0, hi=1e9):
    out = []
    for s in row["segments"]:
        if s["speaker"] == "agent":
            out += [w for w in s["words"] if lo <= w[0] < hi]
    return out


def card_in(words):
    run = 0
    toks = [norm(w[2]) for w in words]
    for i, t in enumerate(toks):
        if t.isdigit():
            run += len(t)
            if run >= 12:
                return True
        else:
            run = 0
        if t in ("code", "cvv", "mật") and any(
                x.isdigit() and len(x) == 3 for x in toks[i + 1:i + 4]):
            return True
    return False


def text_check(row):
    lang = row["language"]
    tr = row["truth"]
    segs = row["segments"]
    end = max(s["end"] for s in segs)
    errs = []
    given = row["metadata"]["agent_name"].split()[-1].lower()
    if lang == "en":
        given = row["metadata"]["agent_name"].split()[0].lower()

    def absent(cat, lo, hi, key):
        if find_kw(agent_words(row, lo, hi), cat, lang):
            errs.append(key + ": " + cat + " words in window")

    inbound = row["metadata"]["direction"] == "inbound"
    if tr["inbound/greeting"] == "fail":
        absent("greeting", -1, 21, "greeting")
    if inbound and tr["inbound/company_name"] == "fail":
        absent("company", -1, 21, "company")
    if tr["outbound/identify_company"] == "fail":
        absent("company", -1, 31, "company")
    for key in ("inbound/self_intro", "outbound/identify_self"):
        if tr[key] == "fail":
            ws = [norm(w[2]) for w in agent_words(row, -1, 31)]
            if any(tok_match(w, given, lang) or w == strip_all(given) for w in ws):
                errs.append(key + ": name said")
    if tr["inbound/offer_help"] == "fail":
        absent("offer", -1, 46, "offer")
    if tr["inbound/thanks"] == "fail":
        absent("thanks", end - 26, 1e9, "thanks")
    if tr["inbound/goodbye"] == "fail":
        absent("goodbye", end - 26, 1e9, "goodbye")
    if tr["inbound/anything_else"] == "fail":
        absent("anyelse", -1, 1e9, "anyelse")
    if tr["outbound/recording_disclosure"] == "fail":
        absent("recording", -1, 61, "recording")
    if tr["inbound/thanks_before_goodbye"] == "fail":
        ws = agent_words(row, end - 25, 1e9)
        tb = [w[0] for w in ws if find_kw([w], "thanks", lang) or norm(w[2]) in ("cảm", "cám")]
        gb = [w[0] for w in ws if find_kw([w], "goodbye", lang) or norm(w[2]) in (
            "take", "have", "chúc", "tạm")]
        if not (tb and gb and min(gb) < min(tb)):
            errs.append("tbg: order not visible")
    negs = [s for s, lab in zip(segs, row["sentiment"], strict=True)
            if s["speaker"] == "customer" and lab == "negative"]
    if tr["angry_caller/empathy"] == "fail":
        a = negs[0]["start"]
        absent("empathy", a, a + 21, "empathy")
    if (tr["angry_caller/empathy"] == "not_applicable") != (not negs):
        errs.append("anger/n-a mismatch")
    sw = find_kw(agent_words(row), "swear", lang, strict_marks=(lang == "vi"))
    if sw != (tr["forbidden/profanity"] == "fail"):
        errs.append("profanity mismatch")
    if lang == "vi":
        st = find_kw(agent_words(row), "swear", lang, strict_marks=True)
        if st != (tr["forbidden/profanity_vi_strict"] == "fail"):
            errs.append("strict mismatch")
    cards = any(card_in(s["words"]) for s in segs if s["speaker"] == "agent")
    if cards != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append("card mismatch")
    bad = any(i["speaker"] == "agent" and any(
        n["start"] <= i["start_s"] < n["end"] for n in negs)
        for i in row["metrics"]["interruptions"])
    if negs and bad != (tr["angry_caller/no_interrupting_angry_customer"] == "fail"):
        errs.append("interrupt mismatch")
    return errs


def structure_check(row):
    errs = []
    if list(row["truth"]) != RULES:
        errs.append("truth keys")
    if row["faults"] != [k for k in RULES if row["truth"][k] == "fail"]:
        errs.append("faults")
    if any(v not in ("pass", "fail", "not_applicable") for v in row["truth"].values()):
        errs.append("truth values")
    segs = row["segments"]
    if len(row["sentiment"]) != len(segs):
        errs.append("sentiment count")
    ints = {round(i["start_s"], 2) for i in row["metrics"]["interruptions"]}
    prev = None
    for s in segs:
        if " ".join(w[2] for w in s["words"]) != s["text"]:
            errs.append("text/words")
        if s["speaker"] not in ("agent", "customer"):
            errs.append("speaker")
        last = s["start"]
        for w in s["words"]:
            if not (s["start"] <= w[0] < w[1] <= s["end"]) or w[0] < last:
                errs.append("word times")
            if any(abs(x * 100 - round(x * 100)) > 1e-6 for x in w[:2]):
                errs.append("grid")
            last = w[1]
        if prev is not None:
            if s["start"] < prev["start"]:
                errs.append("order")
            if s["start"] < prev["end"] and round(s["start"], 2) not in ints:
                errs.append("overlap without interruption")
        prev = s
    for rv in row["metrics"]["raised_voice"]:
        if not any(s["speaker"] == "customer" and lab == "negative" and s["start"] <= rv[
                "start_s"] < rv["end_s"] <= s["end"] for s, lab in zip(
                segs, row["sentiment"], strict=True)):
            errs.append("raised voice outside negative segment")
    dur = max(s["end"] for s in segs)
    if not 50 <= dur <= 240:
        errs.append("duration")
    if row["categories"] != sorted(set(row["categories"])):
        errs.append("categories")
    return errs


# --------------------------------------------------------------------------------------------
# Planning
# --------------------------------------------------------------------------------------------
APART = [{"inbound/greeting", "inbound/greeting_before_resolution"},
         {"inbound/resolution", "inbound/greeting_before_resolution"},
         {"inbound/thanks", "inbound/thanks_before_goodbye"},
         {"inbound/goodbye", "inbound/thanks_before_goodbye"},
         {"inbound/thanks", "inbound/goodbye"},
         {"outbound/recording_disclosure", "outbound/consent"}]


def compatible(faults, token):
    new = faults | set(token)
    if any(k in faults for k in token):
        return False
    return not any(pair <= new for pair in APART)


def plan_language(lang):
    rng = random.Random(SEED + "-plan-" + lang)
    L = LANG[lang]
    base = 0 if lang == "en" else 150
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    rng.shuffle(dirs)
    calls = [{"id": f"{lang}-{SPLIT}-{base + i:03d}", "lang": lang, "direction": d,
              "faults": set(), "free": False} for i, d in enumerate(dirs)]
    inb = [c for c in calls if c["direction"] == "inbound"]
    outb = [c for c in calls if c["direction"] == "outbound"]
    for c in rng.sample(inb, 16) + rng.sample(outb, 6):
        c["free"] = True
    tokens = [(k,) for k in IN_RULES for _ in range(9)]
    tokens += [(k,) for k in OUT_RULES for _ in range(9)]
    gen = [(k,) for k in GEN_RULES if not (lang == "vi" and k == "forbidden/profanity")
           for _ in range(9)]
    if lang == "vi":
        gen += [("forbidden/profanity", "forbidden/profanity_vi_strict")] * 10
    rng.shuffle(gen)
    out_gen = gen[:14]
    in_gen = gen[14:]
    order = ([(t, "outbound") for t in tokens if t[0].startswith("outbound/")]
             + [(t, "outbound") for t in out_gen]
             + [(t, "inbound") for t in tokens if t[0].startswith("inbound/")]
             + [(t, "inbound") for t in in_gen])
    for tok, d in order:
        cands = [c for c in calls if c["direction"] == d and not c["free"]
                 and len(c["faults"]) + len(tok) <= 3 and compatible(c["faults"], tok)]
        if not cands:
            raise SystemExit(f"cannot place {tok} in {lang}")
        low = min(len(c["faults"]) for c in cands)
        c = pick(rng, [c for c in cands if len(c["faults"]) == low])
        c["faults"] |= set(tok)
    # anger
    need = [c for c in calls if c["faults"] & {"angry_caller/empathy",
                                               "angry_caller/no_interrupting_angry_customer"}]
    others = [c for c in calls if c not in need]
    rng.shuffle(others)
    angry = need + others[:34 - len(need)]
    for c in calls:
        c["anger"] = None
    for c in angry:
        if c["direction"] == "outbound":
            c["anger"] = "reaction"
        else:
            c["anger"] = pick(rng, ["early", "early", "after_restate", "late"])
    # long calls
    for c in calls:
        c["long"] = False
    for c in rng.sample(calls, 50):
        c["long"] = True
    # scenarios cycle
    for d, sc in (("inbound", L["IN"]), ("outbound", L["OUT"])):
        pool = []
        for c in [c for c in calls if c["direction"] == d]:
            if not pool:
                pool = list(sc)
                rng.shuffle(pool)
            c["scen"] = pool.pop()
    # conduct lines, each used once
    for key, src in (("blame_line", L["BLAME"]), ("rude_line", L["RUDE"]),
                     ("swear_line", L["STRICT"] if lang == "vi" else L["SWEAR"])):
        pool = list(src)
        rng.shuffle(pool)
        fk = {"blame_line": "angry_caller/no_blame", "rude_line": "forbidden/rude",
              "swear_line": "forbidden/profanity"}[key]
        for c in calls:
            c[key] = pool.pop() if fk in c["faults"] else ""
    for c in calls:
        if "forbidden/no_card_readback" in c["faults"]:
            c["card"] = pick(rng, ["full", "full", "cvv"])
        else:
            c["card"] = None
        ok = [a for a in L["AGENTS"] if not ("angry_caller/empathy" in c["faults"]
                                             and a[1] == "apologiser")]
        c["agent"] = pick(rng, ok)
        c["style"] = c["agent"][1]
        c["speaker"] = pick(rng, L["SPEAKERS"])
        c["noise"] = pick(rng, [0, 1, 1, 2, 2, 3])
    return calls


def make_call(plan, attempt):
    lang = plan["lang"]
    L = LANG[lang]
    rng = random.Random(f"{SEED}-{plan['id']}-{attempt}")
    full_name = plan["agent"][0]
    given = full_name.split()[0] if lang == "en" else full_name.split()[-1]
    kh = VI_KH.get(plan["speaker"], "anh")
    if plan["style"] == "careful_chi_em" and kh in ("anh", "bạn"):
        kh = "chị"
    ag = "cháu" if kh == "bác" else "em"
    ctx = {"name": given, "kh": kh, "Kh": kh[0].upper() + kh[1:], "ag": ag,
           "Ag": ag[0].upper() + ag[1:]}
    decoys = []
    plan = dict(plan)
    if plan["card"] is None and rng.random() < 0.2:
        plan["card"] = "last4"
    if plan["direction"] == "inbound":
        turns = build_inbound(L, lang, plan, rng, ctx, decoys)
    else:
        turns = build_outbound(L, lang, plan, rng, ctx, decoys)
    turns = expand_fillers(L, turns, plan, rng, ctx)
    nseg = len(turns)
    if plan["long"] and not 21 <= nseg <= 34 or not plan["long"] and not 9 <= nseg <= 15:
        return None
    # calm talk-over decoys (recorded, passing)
    for i in range(2, len(turns) - 2):
        tu, pr = turns[i], turns[i - 1]
        if tu["intr"] or tu["min"] is not None or tu["hold"] or pr["neg"] or tu["neg"]:
            continue
        if tu["spk"] == pr["spk"] or turns[i - 1]["min"] is not None:
            continue
        if rng.random() < 0.05:
            tu["intr"] = True
    segs = time_call(turns, lang, plan, rng)
    truth, bad_edge = compute_truth(segs, plan["direction"], lang)
    if bad_edge:
        return None
    fails = {k for k, v in truth.items() if v == "fail"}
    if fails != plan["faults"]:
        return None
    if (plan["anger"] is not None) != any(s["neg"] for s in segs):
        return None
    cats = set()
    segments, sentiment, interruptions, raised = [], [], [], []
    for s in segs:
        words = [[w[0] / 100, w[1] / 100, w[2]] for w in s["words"]]
        words = [[round(a, 2), round(b, 2), t] for a, b, t in words]
        segments.append({"speaker": s["spk"], "start": words[0][0], "end": words[-1][1],
                         "text": " ".join(w[2] for w in words), "words": words})
        if s["spk"] == "customer":
            for p, _ in s["pieces"]:
                cats.update(p["cats"])
        if s["neg"]:
            sentiment.append("negative")
        elif s["spk"] == "customer" and s is segs[-1] and rng.random() < 0.5:
            sentiment.append("positive")
        else:
            sentiment.append("neutral")
        if s["intr"]:
            other = s["interrupted"]
            interruptions.append({"speaker": s["spk"], "interrupted": other["spk"],
                                  "start_s": round(s["start_cs"] / 100, 2),
                                  "overlap_s": round((other["end_cs"] - s["start_cs"]) / 100,
                                                     2)})
        if s["neg"] and rng.random() < 0.5:
            a, b = s["start_cs"], s["end_cs"]
            if b - a > 150:
                st = a + rng.randint(10, (b - a) // 3)
                en = min(b, st + rng.randint(100, 300))
                raised.append({"speaker": "customer", "start_s": round(st / 100, 2),
                               "end_s": round(en / 100, 2),
                               "above_median_db": round(rng.uniform(6, 14), 1)})
    if any(s["intr"] and s["interrupted"]["spk"] == s["spk"] for s in segs):
        return None
    for s in segs:
        if s["intr"] and not s["interrupted"]["neg"]:
            decoys.append("agent_talks_over_calm_customer" if s["spk"] == "agent"
                          else "customer_talks_over_agent")
    row = {
        "id": plan["id"], "split": SPLIT, "language": lang,
        "metadata": {"direction": plan["direction"], "queue": plan["scen"][1],
                     "agent_name": full_name, "language": lang},
        "faults": [k for k in RULES if truth[k] == "fail"],
        "decoys": sorted(set(decoys)),
        "context": "; ".join([
            f"{plan['direction']}/{plan['scen'][0]}", f"speaker {plan['speaker']}",
            f"agent style {plan['style']}", "long call" if plan["long"] else "short call",
            f"noise {plan['noise']}", "angry" if plan["anger"] else "calm"]),
        "segments": segments, "sentiment": sentiment,
        "metrics": {"speaker_separated": True, "interruptions": interruptions,
                    "raised_voice": raised},
        "truth": truth, "categories": sorted(cats),
    }
    if structure_check(row) or text_check(row):
        return None
    return row


def build():
    rows = []
    draws = 0
    for lang in ("en", "vi"):
        for plan in plan_language(lang):
            for attempt in range(3000):
                draws += 1
                row = make_call(plan, attempt)
                if row is not None:
                    rows.append(row)
                    break
            else:
                raise SystemExit(f"no valid draw for {plan['id']} {sorted(plan['faults'])}")
    return rows, draws


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def tables(rows):
    lines = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
             "|---|---|---|---|---|---|---|"]
    short = {"pass": "pass", "fail": "fail", "not_applicable": "n/a"}
    for k in RULES:
        cnt = {}
        for r in rows:
            key = (r["language"], short[r["truth"][k]])
            cnt[key] = cnt.get(key, 0) + 1
        vals = [cnt.get((lg, v), 0) for lg in ("en", "vi") for v in ("fail", "pass", "n/a")]
        lines.append(f"| {k} | " + " | ".join(str(v) for v in vals) + " |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        en = sum(1 for r in rows if r["language"] == "en" and (
            c in r["categories"] or c == "(none)" and not r["categories"]))
        vi = sum(1 for r in rows if r["language"] == "vi" and (
            c in r["categories"] or c == "(none)" and not r["categories"]))
        lines.append(f"| {c} | {en} | {vi} | {en + vi} |")
    return "\n".join(lines)


def validate(rows):
    errs = []
    if len(rows) != 300:
        errs.append("row count")
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        for d, n in (("inbound", 110), ("outbound", 40)):
            if sum(1 for r in lr if r["metadata"]["direction"] == d) != n:
                errs.append(f"{lang} {d} count")
        for k in RULES:
            nf = sum(1 for r in lr if r["truth"][k] == "fail")
            if k == "forbidden/profanity_vi_strict":
                if lang == "vi" and nf < 10:
                    errs.append(f"{lang} {k} fails {nf}")
            elif nf < 9:
                errs.append(f"{lang} {k} fails {nf}")
    for k in RULES:
        npass = sum(1 for r in rows if r["truth"][k] == "pass")
        if k != "forbidden/profanity_vi_strict" and npass < 40:
            errs.append(f"{k} passes {npass}")
    if sum(1 for r in rows if not r["faults"]) < 40:
        errs.append("fault-free calls")
    if any(len(r["faults"]) > 3 for r in rows):
        errs.append("more than 3 faults")
    for c in CATS:
        if sum(1 for r in rows if c in r["categories"]) < 15:
            errs.append(f"category {c}")
    for r in rows:
        e = structure_check(r) + text_check(r)
        if e:
            errs.append(r["id"] + ": " + ", ".join(e))
    if errs:
        raise SystemExit("validation failed:\n" + "\n".join(errs[:40]))


def main():
    rows, draws = build()
    validate(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.read_bytes() != data:
            raise SystemExit("heldout13.jsonl differs from a fresh build")
        print("heldout13.jsonl is byte-identical to a fresh build")
    else:
        OUT.write_bytes(data)
        print(f"wrote {OUT.name}: {len(rows)} rows ({draws} draws)")
    print(tables(rows))
    nf = {}
    for r in rows:
        nf[len(r["faults"])] = nf.get(len(r["faults"]), 0) + 1
    print("faults per call:", ", ".join(f"{k}: {v}" for k, v in sorted(nf.items())))
    segs = [len(r["segments"]) for r in rows]
    durs = [r["segments"][-1]["end"] for r in rows]
    print(f"segments {min(segs)}-{max(segs)}; duration {min(durs)}-{max(durs)} s; "
          f"angry {sum(1 for r in rows if 'negative' in r['sentiment'])}; "
          f"with interruptions {sum(1 for r in rows if r['metrics']['interruptions'])}")


if __name__ == "__main__":
    main()
