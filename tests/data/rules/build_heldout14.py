"""Build the blind held-out set heldout14 (compliance rules and call categories).

Standard library only. Deterministic: every generator is seeded from a string.

    python3 tests/data/rules/build_heldout14.py          # write heldout14.jsonl, validate, tables
    python3 tests/data/rules/build_heldout14.py --check  # rebuild in memory, compare bytes
"""

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout14.jsonl"
SEED = "heldout14-20261404"
SPLIT = "heldout14"

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
IN_KEYS = KEYS[:11]
OUT_KEYS = KEYS[11:16]
GEN_KEYS = ["angry_caller/empathy", "angry_caller/no_blame",
            "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
            "forbidden/rude", "forbidden/no_card_readback"]
APART = [
    ("inbound/greeting", "inbound/greeting_before_resolution"),
    ("inbound/resolution", "inbound/greeting_before_resolution"),
    ("inbound/thanks", "inbound/thanks_before_goodbye"),
    ("inbound/goodbye", "inbound/thanks_before_goodbye"),
    ("inbound/thanks", "inbound/goodbye"),
    ("outbound/recording_disclosure", "outbound/consent"),
    ("inbound/anything_else", "inbound/thanks_before_goodbye"),
]

# ---------------------------------------------------------------------------------------------
# English wordings (all written for this set)
# ---------------------------------------------------------------------------------------------
# inbound scenario: key, categories, problem (customer), restatement (agent, own words),
# resolution (agent, concrete step), decoy tag or "".
EN_IN = [
    ("student_loan_wrong_account", ["refund"],
     "My student loan repayment came out of my savings account instead of my current account, "
     "and now the savings interest is ruined for the month.",
     "So the loan instalment was collected from the wrong pot, your savings rather than the "
     "everyday account, and you want that put right.",
     "I've moved the mandate to your current account and put the 212 pounds back into savings "
     "with the interest backdated, you'll see it by tomorrow morning.", ""),
    ("car_finance_settlement", ["payment"],
     "I want to pay off my car finance early, can I get a settlement figure and pay it today?",
     "You'd like to clear the vehicle loan ahead of schedule and need the exact amount to do "
     "that now.",
     "Your settlement figure is 4,380 pounds valid for ten days, and I've taken the payment from "
     "your current account just now, the finance closes tonight.", ""),
    ("card_declined_hotel", [],
     "My card got declined at the hotel check-in in Porto, I'm standing at the desk right now.",
     "So the reception in Portugal couldn't put your card through and you're stuck at the "
     "counter.",
     "A security hold was on it because of the foreign location, I've lifted that and added a "
     "travel note until the 30th, ask them to try again now.", ""),
    ("cheque_on_hold_business", [],
     "We paid a cheque into the business account for our bakery and it's showing on hold for "
     "eight days.",
     "The bakery's cheque is sitting as uncleared far longer than you expected.",
     "It was held for a signature review, that's now approved and the 1,150 pounds will be "
     "available from nine tomorrow.", ""),
    ("charity_dd_unknown", ["fraud", "refund"],
     "There's a direct debit to an animal charity on my account that I never set up, three "
     "months of it, and I want it back.",
     "Someone has been collecting monthly donations from you without your say-so and you're "
     "after the money returned.",
     "I've cancelled that mandate and raised an indemnity claim for all three payments, 45 "
     "pounds will be back in your account within three working days.", ""),
    ("lottery_scam_text", ["fraud"],
     "I got a text saying I'd won a lottery, I clicked it, and now there's a payment of 89 "
     "pounds to a site I've never heard of.",
     "After opening a prize message link, a charge appeared that you didn't make.",
     "I've stopped the card, flagged the 89 pounds as a disputed transaction and ordered a new "
     "card for Thursday.", ""),
    ("isa_transfer_stalled", [],
     "I asked to move my ISA over from another bank six weeks ago and nothing has arrived.",
     "Your tax-free savings switch from the other provider has stalled somewhere in the "
     "middle.",
     "The other bank never got our request form, I've resent it electronically today with a "
     "chase flag, they have fifteen working days to send the money.", ""),
    ("child_savings_open", [],
     "I'd like to open a savings account for my daughter, she's seven.",
     "You want a junior savings account in your little girl's name.",
     "I've started the junior saver now, you'll get a link by text to upload her birth "
     "certificate and the account goes live the same day.", ""),
    ("rent_returned", ["payment"],
     "My rent payment got returned by my landlord's bank and I need to pay him again today.",
     "The rent bounced back from the landlord's side and you want to send it again now.",
     "His account number had changed, I've updated the payee with the new details and sent the "
     "650 pounds, it's already showing as delivered.", ""),
    ("second_card_partner", [],
     "I want a second card on my account for my partner.",
     "You're after an additional card holder on your account for your other half.",
     "I've added your partner as an additional cardholder, the card goes out tomorrow and the "
     "PIN follows two days later.", ""),
    ("limit_increase_declined", ["complaint"],
     "Your lot turned down my credit limit increase with no reason and I want to complain "
     "about it formally.",
     "You asked for a higher limit, got a refusal without an explanation, and want that looked "
     "at as a formal complaint.",
     "I've logged complaint reference C 7741 and asked the lending team for a written reason, "
     "you'll get a letter within five working days.", ""),
    ("concert_chargeback", ["refund"],
     "A concert I paid 120 pounds for got cancelled and the promoter won't answer, I want my "
     "money back.",
     "The gig was called off and the seller has gone quiet, so you want the ticket cost "
     "returned.",
     "I've raised a chargeback on the 120 pounds and credited it to you temporarily today "
     "while the promoter has forty five days to reply.", ""),
    ("pin_forgot_operation", [],
     "I had an operation and since then I just can't remember my PIN at all.",
     "After your time in hospital the four digits have gone completely, and you need them "
     "back.",
     "I've sent a PIN reminder to your home address, it arrives in three to five days, and you "
     "can see it in the app under card settings right away.", ""),
    ("chip_worn", [],
     "The chip on my card is worn out, the shop machines won't read it.",
     "The card's metal contact has worn down so terminals can't read it any more.",
     "I've ordered a replacement with the same number, it'll be with you in four working days "
     "and the old one keeps working for contactless until then.", ""),
    ("misold_insurance", ["refund"],
     "I've been paying for an insurance add-on on my account that I never asked for and I want "
     "it refunded.",
     "A cover product was bolted onto your account without you choosing it and you want every "
     "penny of it returned.",
     "I've removed the add-on and refunded all eleven months, 99 pounds, which is already "
     "showing as pending.", ""),
    ("dormant_reactivation", [],
     "My old account has gone dormant and I want to use it again.",
     "Your account went quiet after a long time unused and you'd like it active again.",
     "I've reactivated it, your card and app access are live again from now.", ""),
    ("annual_fee_question", ["billing"],
     "There's a 24 pound annual fee on my credit card statement, what is that for?",
     "You spotted a yearly charge on the card statement and want to know what it covers.",
     "That's the yearly fee for the travel card, it was in the pack, and I've set it to "
     "spread over twelve months from next statement.", ""),
    ("statement_arrangement_fee", ["billing"],
     "My statement shows an arrangement fee of 35 pounds and I don't get why.",
     "The statement lists a set-up charge of 35 pounds and it makes no sense to you.",
     "That fee was added in error as your overdraft didn't change, I've reversed it and it "
     "will show on the next statement.", ""),
    ("overdraft_charges_refund", ["billing", "refund"],
     "I've been charged overdraft fees three times this month and I want them back, my wages "
     "were late.",
     "Three overdraft charges landed because your salary came in late and you'd like them "
     "taken off.",
     "I've refunded all three fees, 30 pounds in total, and it'll reach your account "
     "tonight.", ""),
    ("app_face_id", ["outage"],
     "The app crashes every time I try to log in with my face since the update.",
     "Since the latest update the face login makes the app close on you.",
     "There's a known problem with that update, a new version goes out tonight, and until then "
     "log in with your passcode which works fine.", ""),
    ("website_transfers_down", ["outage"],
     "Your website won't let me make any transfers, it just spins.",
     "Online banking hangs on the transfer page and never completes.",
     "The transfer service was down for an hour, it's back up now, and I can put the transfer "
     "through for you on this call.", ""),
    ("online_error_code", ["outage"],
     "Online banking keeps showing error 503 when I open my statements.",
     "Every time you open statements on the site it throws an error page.",
     "Our statements server failed this morning, it's being restored by two o'clock, and I'm "
     "emailing you last month's statement now.", ""),
    ("other_company_outage", ["payment"],
     "My broadband company's website is down so I'd like to pay their bill by bank transfer.",
     "You want to pay the broadband bill straight from your account because their site isn't "
     "working.",
     "I've set up the broadband company as a payee and sent the 38 pounds, it'll reach them "
     "within two hours.", "other_company_outage"),
    ("card_stolen_allotment", ["card_lost"],
     "My card was stolen out of my jacket at the allotment.",
     "Your card was taken from your coat while you were at your plot.",
     "I've cancelled that card, nothing has been spent, and a new one will arrive in three "
     "working days.", ""),
    ("card_lost_ferry", ["card_lost"],
     "I lost my debit card somewhere on the ferry back from Belfast.",
     "The debit card went missing during your crossing from Belfast.",
     "I've blocked it and sent a replacement to your home address, plus you can use it in "
     "your phone wallet from tonight.", ""),
    ("card_lost_used", ["card_lost", "fraud"],
     "I lost my purse at the market and now there are two payments on my card I didn't make.",
     "Your purse went missing and someone has since used the card for purchases that weren't "
     "you.",
     "I've stopped the card, disputed both payments, refunded them while we investigate, and a "
     "new card goes out today.", ""),
    ("address_bungalow", ["address_change"],
     "I've moved into a bungalow and need my address changing.",
     "You've got a new home and want our records to show it.",
     "I've updated your address to the new bungalow, a confirmation letter goes there in two "
     "days.", ""),
    ("address_student", ["address_change"],
     "I'm a student and I've moved to new halls, can you update my address?",
     "You've switched halls and need the correspondence address changed.",
     "Your address now shows the new halls, and the next statement will go there.", ""),
    ("address_other_bank", [],
     "I changed my address at my building society last week, does that carry across to you "
     "automatically?",
     "You moved with the building society and are checking whether our records follow "
     "along.",
     "We already hold your current address, so nothing needs changing here.",
     "address_changed_other_bank"),
    ("cancel_credit_card", ["cancellation"],
     "I want to cancel my credit card, I don't use it.",
     "You'd like to close the credit card as it just sits unused.",
     "I've closed the credit card, the balance is zero, and you'll get a closure letter this "
     "week.", ""),
    ("cancel_overdraft", ["cancellation"],
     "Please cancel the arranged overdraft on my account, I don't want the temptation.",
     "You want the overdraft facility removed altogether.",
     "The overdraft is removed from today and your limit shows as zero in the app.", ""),
    ("close_joint_account", ["cancellation"],
     "My sister and I want to close our joint account now the house is sold.",
     "With the property sale done you both want the shared account shut.",
     "I've started the closure, your sister will get a text to agree, and the balance moves to "
     "your own account once she does.", ""),
    ("bill_already_paid", ["billing"],
     "I paid my credit card bill on Monday, I just want to know why the statement still shows "
     "it as due.",
     "You settled the card bill already and the statement hasn't caught up.",
     "Your Monday payment arrived after the statement was printed, the balance is clear and "
     "no interest will be charged.", "bill_already_paid"),
    ("payment_received", [],
     "My tenant says he sent me this month's rent but I can't see it.",
     "Money from your tenant should have come in and you can't find it.",
     "The 700 pounds arrived this morning under his company name, it's in your balance now.",
     "payment_received_not_made"),
    ("partner_purchase", [],
     "There's a 140 pound payment at a garden centre I don't recognise. Oh wait, hang on, "
     "that'll be my partner on the second card, never mind, it's fine.",
     "You saw a garden centre charge you didn't know, and it turns out your partner made it.",
     "The payment was made on your partner's card, so nothing needs blocking and I've added a "
     "note to the account.", "fraud_was_partner_purchase"),
    ("pay_council_tax", ["payment"],
     "I'd like to pay my council tax from my account today.",
     "You want this month's council tax paid from your balance now.",
     "I've sent 156 pounds to the council with your reference, it'll show on their side "
     "tomorrow.", ""),
    ("branch_queue_complaint", ["complaint"],
     "I want to make a complaint about the branch in Leeds, I queued for an hour and was then "
     "turned away.",
     "You spent an hour waiting at the Leeds branch and were sent off without service, and you "
     "want that raised.",
     "I've logged the complaint with reference B 2290, the branch manager will ring you by "
     "Friday.", ""),
    ("tv_licence_twice", ["billing", "refund"],
     "My TV licence was charged twice this month and I want the extra one back.",
     "The licence payment came out two times and you need the duplicate returned.",
     "I've reclaimed the second debit under the guarantee, 14 pounds is back in your account "
     "now.", ""),
]

# outbound: key, categories, purpose (agent), customer reaction, next step (agent), decoy
EN_OUT = [
    ("flagged_purchase", ["fraud"],
     "I'm calling because we stopped a 600 pound purchase at an electronics shop in Glasgow.",
     "I've never been to Glasgow, that wasn't me.",
     "I've cancelled the card, declined the purchase for good and a new card is on its way.",
     ""),
    ("loan_payment_failed", ["payment"],
     "I'm calling because this month's loan instalment didn't go through.",
     "Oh, can I pay it now over the phone?",
     "I've taken the 215 pounds from your current account now and no late fee will apply.",
     ""),
    ("returned_post", ["address_change"],
     "The reason for my call is that our letters to you have been coming back undelivered.",
     "Yes, I moved, I need to give you my new address.",
     "Your new address is saved and the returned letters will be resent there this week.", ""),
    ("fee_rise_close", ["cancellation"],
     "I'm ringing to let you know the monthly fee on your premium account goes up in June.",
     "In that case I'd like to cancel the premium account.",
     "I've switched you to the free account from today, so no fee will be charged.", ""),
    ("annual_fee_twice", ["billing", "refund"],
     "I'm calling because we charged your card's annual fee twice by mistake.",
     "I did wonder about that, I'd like the second one back.",
     "The duplicate 24 pounds is refunded to your card today.", ""),
    ("app_followup", ["outage"],
     "I'm calling to follow up on the app crashes you told us about last week.",
     "It still won't open on my tablet.",
     "A fix is released tonight, and I've booked a technician call for Thursday if it "
     "persists.", ""),
    ("card_returned_post", ["card_lost"],
     "I'm calling because your new card was returned to us by the post office.",
     "Ah, I actually lost my old card last week, so I do need that one.",
     "I've cancelled the old card and sent the new one by tracked delivery to your branch.",
     ""),
    ("saver_maturing", [],
     "I'm calling because your fixed saver matures on the 15th.",
     "Right, what are my options?",
     "I've emailed the three renewal rates, and if you do nothing it moves to easy access.",
     ""),
    ("mortgage_overdue", ["payment"],
     "I'm calling about your mortgage payment, it's eleven days overdue.",
     "I know, I'd like to pay it now with my debit card.",
     "I've taken the 890 pounds by card now and the account is back up to date.", ""),
    ("complaint_followup", ["complaint"],
     "I'm calling to follow up on the complaint you made about the long phone queues.",
     "I'm still not happy, I want to take it further.",
     "I've escalated it to the complaints manager, reference Q 5512, with a reply due in ten "
     "days.", ""),
    ("returned_transfer", ["refund"],
     "I'm calling because your transfer to Lagos was returned by the receiving bank.",
     "I'd like the fee back as well as the money then.",
     "The 300 pounds and the 15 pound fee are both back in your account today.", ""),
    ("new_phone_login", [],
     "I'm calling because we saw a login from a new phone on your account last night.",
     "Oh that was me, I got a new phone yesterday.",
     "I've marked the phone as trusted, nothing else needs doing.", "own_new_phone_not_fraud"),
]

EN_AGENTS = [
    ("Eleri Pryce", "Eleri", "trainee_checks_notes"),
    ("Tobias Fenwick", "Tobias", "trainee_checks_notes"),
    ("Nadia Osei", "Nadia", "repeats_customer_name"),
    ("Callum Reid", "Callum", "repeats_customer_name"),
    ("Priyanka Desai", "Priyanka", "very_formal"),
    ("Rhys Morgan", "Rhys", "very_formal"),
    ("Ingrid Holm", "Ingrid", "summarises_at_end"),
    ("Dominic Achterberg", "Dominic", "summarises_at_end"),
    ("Leona Baptiste", "Leona", "many_holds"),
    ("Felix Tanaka", "Felix", "many_holds"),
    ("Saoirse Quinn", "Saoirse", "agent_with_a_cold"),
    ("Wendell Brooks", "Wendell", "agent_with_a_cold"),
]
EN_CUSTOMERS = ["Mr Okonjo", "Mrs Llewellyn", "Ms Haddad", "Mr Brannigan", "Mrs Kowalczyk",
                "Mr Ferreira", "Ms Lindqvist", "Mr Adebayo", "Mrs Pennington", "Mr Whitlock"]
EN_COLLEAGUES = ["Marisol", "Declan", "Yusuf", "Brigid"]

# speaker: key, prefix, suffix, fast
EN_SPEAKERS = [
    ("welsh_farmer", "Right then, I've just come in from the sheep, ", " Duw, what a week.", 1.0),
    ("nigerian_nurse_night_shift", "I'm on my break from a night shift so I'll be quick, ",
     " I'm back on the ward in ten minutes.", 1.0),
    ("australian_backpacker", "G'day, so, ", " Bit of a nightmare when you're on the road, mate.",
     1.0),
    ("liverpool_taxi_driver", "Alright love, I'm sat in the cab at the rank, ",
     " It's doing me head in, to be honest.", 0.9),
    ("caller_with_stammer", "I, I, I need to, to tell you, ", "", 1.25),
    ("keeps_apologising", "So sorry to bother you, sorry, ", " Sorry, sorry, I'm rambling.",
     1.0),
    ("reading_from_notes", "I've written it down so let me read it, point one, ",
     " That's the end of my notes.", 1.1),
    ("for_housebound_neighbour",
     "I'm ringing for my neighbour, she's housebound and she's sat next to me, ",
     " She says that's right.", 1.0),
    ("plain", "", "", 1.0),
]

EN_T = {
    "greet": ["Good afternoon,", "Morning to you,", "Hello there,", "Hi, good evening,",
              "Hello and welcome,", "Good morning,"],
    "company": ["you're through to Acme Bank.", "this is Acme Bank card services.",
                "Acme Bank customer line.", "you've reached Acme Bank."],
    "name": ["My name is {n}.", "{n} speaking.", "I'm {n}."],
    "name_odd": ["You've got {n} on the line.", "It's {n} here on the cards desk.",
                 "The person answering today is {n}."],
    "offer": ["How can I help you today?", "What can I do for you?",
              "Tell me what you need and I'll help where I can.",
              "What brings you to us today, how can I help?"],
    "formal_open": ["Good afternoon and welcome to Acme Bank.", "My name is {n}.",
                    "How may I be of assistance to you this afternoon?"],
    "trainee_pre": "Um, hang on, just getting my notes up.",
    "cold_pre": "Excuse the croaky voice, bit of a cold.",
    "noname_colleague": "{k} on reception has passed you over to me.",
    "nogreet_cust": "Hello?",
    "first_cust": ["Hello? Is this the right number for cards?",
                   "Yes, hi, I've been waiting ages, are you there?",
                   "Hi, I'm not sure I've got the right line."],
    "first_not_answer": ["One second, my headset's slipping.", "Just a tick, the line's crackly.",
                         "Hold on, my screen's still loading."],
    "quick_q": [("Hi, quick one first, are you open on bank holidays?",
                 "We're closed on bank holidays but the app works all day."),
                ("Before anything, what's your sort code for the Cardiff branch?",
                 "That's 40 11 62, for Cardiff."),
                ("Hi, can I pay a cheque in at the supermarket counter?",
                 "No, cheques go in at a branch or through the app camera.")],
    "id_q": "Before we start, can I take your full name and date of birth?",
    "id_a": ["It's {c_full}, born the 3rd of May 1961.", "{c_full}, 14th of October 1988.",
             "{c_full}, 22nd of June 1975."],
    "id_hold": "Lovely, one moment while the system catches up.",
    "late_offer": "Right, now you're verified, how can I help?",
    "cust_company": "Hi, this is Acme Bank, isn't it?",
    "agent_it_is": "It is, yes.",
    "confirm": ["Yes, that's exactly it.", "That's right.", "Yeah, spot on.", "Exactly, yes."],
    "near_restate": ["Your card?", "Could you run that by me again?", "Got it.",
                     "The account, right."],
    "near_tag": ["near_miss_one_word_echo", "near_miss_asks_to_repeat",
                 "near_miss_bare_ack", "near_miss_one_word_echo"],
    "cust_again": ["I just said, yes.", "Like I told you a minute ago.", "Again, yes, that."],
    "hold": ["Let me look into that for a moment.", "Give me a moment to check the account.",
             "One moment, I'm opening your file.", "I'll just check the system for you."],
    "hold_back": ["Thanks so much for staying on.", "Thank you, I'm back with you now."],
    "extra_hold": ["Right, one more check.", "Just one more screen to look at."],
    "wait_only": ["You'll just have to wait and see, I'm afraid.",
                  "Give it some time, these things tend to clear.",
                  "There's nothing to do but wait for now."],
    "ack": ["Okay, brilliant.", "Great, that's a relief.", "Right, fine.",
            "Okay, good to know."],
    "anyelse": ["Is there anything else I can do for you?", "Anything else today at all?",
                "Was there anything else you needed?"],
    "anyelse_statement": ["There isn't anything else to do on your side.",
                          "You won't need anything else to do for that."],
    "no_more": ["No, that's everything.", "No, that's all, ta.", "Nope, that's it."],
    "thanks": ["Thank you for ringing Acme Bank today.", "Thanks very much for your call.",
               "Thank you for your patience today."],
    "bye": ["Goodbye now.", "Have a lovely evening, bye.", "Take care, bye bye.",
            "Enjoy the rest of your day."],
    "cust_bye": ["Bye.", "Cheers, bye.", "Thanks, bye now."],
    "early_thanks": "Thank you for bearing with me, that part's all done.",
    "one_more": ["Oh, actually, one more question, what's my balance after that?",
                 "Oh, and while I've got you, when does my next statement come?"],
    "one_more_ans": ["Your balance is 1,240 pounds.", "Your next statement is on the 2nd."],
    "colleague_bye": "Okay {k}, I'll take it from here, bye {k}.",
    "colleague_line": "I'm just checking with a colleague.",
    "summary": "So to wrap up, here's where we are.",
    "formula_empathy": ["Sorry to hear you've had trouble.",
                        "I'm sorry you've had to ring about this."],
    "empathy": ["I'm so sorry, that's a horrible thing to deal with.",
                "I completely understand why you're fed up.",
                "I'm really sorry, I'd be livid too.",
                "I understand, that's a stressful spot to be in."],
    "anger": ["This is the third time I've rung about it and nobody does anything!",
              "I'm absolutely fuming, your bank has made a mess of this!",
              "Frankly it's a disgrace, I've wasted my whole morning on you lot!",
              "I'm sick to death of this, you people never get it right!"],
    "cold": ["Fine.", "Whatever.", "Just do it then.", "Right."],
    "late_anger": ["Hang on, why wasn't this done the first time I called? It's ridiculous!",
                   "So I've had all this stress for nothing? That's disgraceful!"],
    "late_anger_reply": "I'll make sure it's noted on your account.",
    "interrupt": "Let me stop you there for a second.",
    "blame": ["Well, your son shouldn't have had your card details in the first place.",
              "That's down to your phone, it's far too old for our app.",
              "You should have known that text was a scam.",
              "Everyone else manages to set this up without ringing us.",
              "Your wife gave them the code, so that's on your household.",
              "You should have known better than to pay by bank transfer.",
              "Most customers work this out on their own, to be honest.",
              "Your daughter clearly changed the settings, that's not on us.",
              "That's what happens when you lend your card to your brother.",
              "If your cheap handset can't keep up, that's not our problem."],
    "rude": ["Wow, five whole minutes to find one button, impressive.",
             "At your age I suppose phones are a bit of a mystery.",
             "I'm not listening to the whole story again.",
             "If you carry on like this I'll just end the call.",
             "Maybe get your grandkids to press the buttons for you.",
             "Yeah, yeah, heard it all before, next.",
             "Honestly, it's not rocket science.",
             "I haven't got all day for this.",
             "Keep talking over me and I'm hanging up.",
             "Oh brilliant, another genius with a smartphone."],
    "polite_rude": ["No need to say sorry, honestly, it happens to everyone.",
                    "Stop right there, never read me your PIN.",
                    "You don't need to explain any more, I've got all I need.",
                    "Forget the paperwork, I'll fill the form in myself."],
    "swear": ["Fucking hell, the system's timed out.", "Oh shit, I clicked the wrong box.",
              "Bollocks, it's wiped the form.", "This bastard screen won't load.",
              "Piss off, you stupid computer.", "Shitty thing has frozen again.",
              "What the fuck is this pop-up.", "Arse, it's logged me out again.",
              "Crap, crap, lost the page.", "Bloody hell, this thing's slow today."],
    "cust_swear": ["This bloody card, honestly.", "It's a load of crap, this."],
    "card_ask": "Can you read me the long number on the card?",
    "card_cust": "It's {card}.",
    "card_back_full": "So that's {card}.",
    "card_back_last4": "Thanks, so the card ending {last4}.",
    "cvv_ask": "And the three digits on the back?",
    "cvv_cust": "It's {cvv}.",
    "cvv_back": "Security code {cvv}, got it.",
    "cust_over": "Sorry, go on.",
    "calm_over": "Right, yes, got that.",
    # outbound
    "ob_open": ["Good afternoon, is that {c}?", "Hello, am I speaking with {c}?",
                "Hi there, is this {c}?"],
    "ob_yes": ["Yes, speaking.", "That's me, yes.", "Yes, who's calling?"],
    "ob_name": ["My name is {n}", "This is {n}", "It's {n}"],
    "ob_company": ["calling from Acme Bank.", "from Acme Bank's customer team.",
                   "ringing from Acme Bank."],
    "ob_name_only_cust": "I'm calling about your account.",
    "ob_record": ["This call is recorded for quality and training.",
                  "Just so you know, we record our calls.",
                  "I should mention the call is being recorded."],
    "ob_consent": ["Are you happy to go ahead on that basis?", "Is that okay with you?",
                   "Do I have your agreement to continue?"],
    "ob_consent_yes": ["Yes, that's fine.", "Go ahead.", "Sure, no problem."],
    "ob_late_consent": "Oh, and I should have checked, are you alright with the recording?",
    "ob_id_q": "Before I explain, can you confirm your date of birth for me?",
    "ob_id_hold": "Great, let me just bring the details up.",
    "ob_ok": ["Okay, thanks for letting me know.", "Right, good.", "Okay, fair enough."],
    "ob_ack": ["Okay.", "Right, go on.", "Fine, go ahead."],
}

EN_PAD = [
    ("Is the mobile number ending 417 still the best one for you?", "Yes, that's still mine."),
    ("Would you like text alerts when your balance drops?", "Go on then, why not."),
    ("Do you still get paper statements, or would online suit you?", "Paper, please."),
    ("Is your email still the one with the gmail address?", "Yes, same one."),
    ("Which branch do you normally use?", "The one on the high street."),
    ("Are you still working at the same place for our records?", "Yes, same employer."),
    ("Shall I put a note on here so the next person sees it?", "Yes please."),
    ("Do you use the app much these days?", "Now and then."),
    ("Is your postcode still the same?", "Yes, no change there."),
    ("Would a reference number be useful?", "Yes, I'll jot it down."),
    ("Do you want the confirmation by email as well?", "Email's fine."),
    ("Is it alright if I read back what I've put on the file?", "Yes, go ahead."),
    ("Have you got a pen handy?", "Yes, got one."),
    ("Would you like me to stay on the line while you check the app?", "No, it's okay."),
]

# ---------------------------------------------------------------------------------------------
# Vietnamese wordings (all written for this set). {x}=customer form, {X} capitalised, {e}=self
# ---------------------------------------------------------------------------------------------
VI_IN = [
    ("phi_thuong_nien_hai_lan", ["billing", "refund"],
     "Thẻ của {x} bị trừ phí thường niên hai lần trong tháng này, {x} muốn lấy lại một lần.",
     "Như vậy là khoản phí năm của thẻ bị thu hai bận và {x} cần hoàn lại khoản dư.",
     "{E} đã làm lệnh hoàn 300 nghìn phí thu trùng, tiền về thẻ của {x} trong ba ngày làm "
     "việc.", ""),
    ("chuyen_nham_so_tk", ["refund"],
     "{X} chuyển nhầm hai triệu vào số tài khoản người khác, {x} muốn đòi lại.",
     "Ý {x} là mình gõ sai số người nhận nên tiền đi lạc và {x} cần lấy về.",
     "{E} đã gửi yêu cầu tra soát tới ngân hàng nhận, họ sẽ liên hệ người nhận trong năm ngày "
     "và báo kết quả qua tin nhắn.", ""),
    ("ve_may_bay_huy", ["refund"],
     "Chuyến bay của {x} bị hủy mà tiền vé chưa thấy hoàn về thẻ.",
     "Hãng bay dẹp chuyến rồi mà khoản tiền vé vẫn chưa quay lại thẻ của {x}.",
     "{E} đã mở khiếu nại đòi tiền vé với hãng qua tổ chức thẻ, trong mười ngày tiền sẽ được "
     "ghi có tạm thời.", ""),
    ("the_phu_con_du_hoc", [],
     "{X} muốn mở thẻ phụ cho con đi du học bên Canada.",
     "{X} muốn có thêm một thẻ đứng tên cháu để cháu dùng bên nước ngoài.",
     "{E} đã tạo hồ sơ thẻ phụ, thẻ được gửi về nhà trong năm ngày và cháu kích hoạt qua "
     "app.", ""),
    ("vay_xe_gia_han", [],
     "Khoản vay mua xe của {x} sắp tới hạn, {x} muốn gia hạn thêm sáu tháng.",
     "{X} muốn kéo dài thời gian trả khoản vay ô tô thêm nửa năm.",
     "{E} đã chuyển đề nghị gia hạn cho phòng tín dụng, chiều mai cán bộ gọi {x} để ký phụ "
     "lục.", ""),
    ("kieu_hoi_chua_nhan", [],
     "Con {x} bên Úc gửi tiền về từ tuần trước mà {x} chưa nhận được.",
     "Khoản tiền người nhà gửi từ nước ngoài về vẫn chưa vào tài khoản của {x}.",
     "Lệnh đang chờ vì tên người nhận thiếu dấu, {e} đã duyệt và tiền vào tài khoản {x} trong "
     "hôm nay.", ""),
    ("phi_so_du_toi_thieu", ["billing"],
     "Tài khoản {x} bị trừ phí duy trì số dư tối thiểu, {x} không biết phí đó là gì.",
     "{X} thấy một khoản thu vì số dư xuống thấp và muốn biết nó từ đâu ra.",
     "Phí đó thu khi số dư dưới hai triệu, {e} đã chuyển tài khoản {x} sang gói miễn phí từ "
     "tháng sau.", ""),
    ("quen_mat_khau_doi_sim", ["outage"],
     "{X} đổi sim xong thì app không cho đăng nhập nữa, cứ báo lỗi thiết bị.",
     "Sau khi thay sim, ứng dụng chặn không cho {x} vào.",
     "{E} đã gỡ liên kết thiết bị cũ, {x} cài lại app và nhận mã kích hoạt mới qua số "
     "điện thoại là vào được.", ""),
    ("atm_tra_thieu", ["refund", "complaint"],
     "Cây ATM trả thiếu cho {x} năm trăm nghìn, {x} muốn khiếu nại chuyện này.",
     "Máy rút tiền nhả ra ít hơn số bị trừ, và {x} muốn phản ánh chính thức.",
     "{E} đã lập phiếu khiếu nại mã K 4417, sau khi kiểm quỹ cây ATM tiền sẽ được hoàn trong "
     "bảy ngày.", ""),
    ("nhan_luong_tk_moi", [],
     "{X} muốn đăng ký nhận lương qua tài khoản mới mở.",
     "{X} cần chuyển việc nhận lương sang tài khoản vừa mở.",
     "{E} đã gửi mẫu xác nhận tài khoản qua email của {x}, {x} nộp cho phòng kế toán công ty "
     "là xong.", ""),
    ("diem_thuong_mat", ["complaint"],
     "Điểm thưởng thẻ tín dụng của {x} tự nhiên mất sạch, {x} muốn khiếu nại.",
     "Số điểm tích lũy trên thẻ bị xóa hết không lý do và {x} muốn phản ánh.",
     "{E} đã ghi nhận khiếu nại, điểm bị trừ do lỗi hệ thống nên sẽ được cộng lại trong 48 "
     "giờ.", ""),
    ("tin_nhan_trung_thuong", ["fraud"],
     "{X} nhận tin nhắn báo trúng thưởng, bấm vào link xong thì bị trừ một triệu hai.",
     "Sau khi mở đường dẫn trong tin nhắn giải thưởng, tài khoản bị rút một khoản {x} không "
     "làm.",
     "{E} đã khóa thẻ, ghi nhận giao dịch tranh chấp và phát hành thẻ mới gửi về trong năm "
     "ngày.", ""),
    ("phi_sms_tang", ["billing"],
     "Tháng này phí tin nhắn biến động số dư tăng lên gấp đôi, sao vậy em?",
     "Khoản thu cho dịch vụ báo số dư qua tin nhắn cao hơn mọi tháng.",
     "Phí tăng vì có thêm số điện thoại thứ hai đăng ký, {e} đã bỏ số đó nên tháng sau về "
     "mức cũ.", ""),
    ("hoa_don_dien_da_tra", ["billing"],
     "{X} trả hóa đơn điện rồi mà sao điện lực vẫn báo còn nợ?",
     "Tiền điện {x} đã thanh toán nhưng bên điện lực chưa ghi nhận.",
     "Giao dịch thành công lúc chín giờ sáng qua, {e} gửi biên lai vào email để {x} đưa điện "
     "lực đối chiếu.", "bill_already_paid"),
    ("app_treo_chuyen_tien", ["outage"],
     "App của ngân hàng chuyển tiền cứ quay vòng vòng rồi báo lỗi, từ sáng tới giờ.",
     "Từ sáng ứng dụng không hoàn tất được lệnh chuyển nào của {x}.",
     "Hệ thống chuyển tiền bị gián đoạn sáng nay và đã chạy lại, {e} thực hiện lệnh cho {x} "
     "ngay trên cuộc gọi này.", ""),
    ("web_ngan_hang_loi", ["outage"],
     "Trang web ngân hàng vào không được, cứ báo lỗi máy chủ.",
     "Trang internet banking không mở ra được cho {x}.",
     "Máy chủ web đang bảo trì tới mười hai giờ trưa, trong lúc đó {x} dùng app vẫn chạy "
     "bình thường.", ""),
    ("mat_the_cho_dem", ["card_lost"],
     "{X} làm rơi thẻ ở chợ đêm tối qua rồi.",
     "Thẻ của {x} bị thất lạc khi đi chợ đêm.",
     "{E} đã khóa thẻ đó, chưa có giao dịch nào, thẻ mới gửi về nhà trong bốn ngày.", ""),
    ("bi_trom_vi_xe_buyt", ["card_lost", "fraud"],
     "{X} bị móc túi trên xe khách, giờ thấy thẻ bị quẹt hai lần ở tiệm vàng.",
     "Ví bị lấy mất và kẻ gian đã dùng thẻ của {x} mua hàng.",
     "{E} đã khóa thẻ, khiếu nại hai giao dịch, tạm hoàn tiền và làm thẻ mới cho {x}.", ""),
    ("mat_the_sieu_thi", ["card_lost"],
     "Thẻ của {x} mất đâu rồi, hình như quên ở quầy siêu thị.",
     "{X} không còn giữ thẻ, có thể để quên lúc trả tiền ở siêu thị.",
     "Thẻ đã bị khóa tạm, siêu thị chưa báo nhặt được, {e} làm thẻ thay thế gửi tới chi "
     "nhánh gần nhà {x}.", ""),
    ("doi_dia_chi_len_da_lat", ["address_change"],
     "{X} mới chuyển nhà lên Đà Lạt, muốn đổi địa chỉ liên lạc.",
     "{X} đã dọn tới chỗ ở mới và cần sửa thông tin nơi ở trong hồ sơ.",
     "{E} đã cập nhật địa chỉ mới ở Đà Lạt, thư xác nhận gửi về đó trong tuần.", ""),
    ("doi_dia_chi_cong_ty", ["address_change"],
     "Cửa hàng của {x} dời sang chỗ mới, {x} muốn sửa địa chỉ trên tài khoản doanh nghiệp.",
     "Nơi kinh doanh đã dời đi và hồ sơ tài khoản cần ghi nơi mới.",
     "Địa chỉ cửa hàng đã được đổi, sao kê tháng tới gửi tới nơi mới.", ""),
    ("dia_chi_ngan_hang_khac", [],
     "{X} vừa đổi địa chỉ bên ngân hàng kia, bên mình có tự cập nhật theo không?",
     "{X} đã báo đổi chỗ ở với ngân hàng khác và muốn biết bên này có tự đổi theo không.",
     "Hồ sơ bên {e} đã đúng địa chỉ hiện tại của {x} nên không phải đổi gì.",
     "address_changed_other_bank"),
    ("huy_the_tin_dung", ["cancellation"],
     "{X} muốn hủy thẻ tín dụng, không xài nữa.",
     "{X} muốn đóng hẳn thẻ tín dụng vì không còn dùng.",
     "{E} đã đóng thẻ, dư nợ bằng không, thư xác nhận gửi qua email trong hai ngày.", ""),
    ("huy_goi_bao_hiem", ["cancellation", "refund"],
     "{X} muốn hủy gói bảo hiểm đi kèm tài khoản và lấy lại phí tháng này.",
     "{X} không muốn giữ hợp đồng bảo hiểm gắn với tài khoản và cần trả lại phí vừa thu.",
     "{E} đã chấm dứt hợp đồng từ hôm nay và hoàn 180 nghìn phí tháng này vào tài khoản.", ""),
    ("dong_tai_khoan_chung", ["cancellation"],
     "Hai vợ chồng {x} muốn đóng tài khoản chung.",
     "{X} và người nhà muốn khóa hẳn tài khoản đứng tên cả hai.",
     "{E} đã mở yêu cầu đóng, người còn lại nhận tin nhắn xác nhận, số dư chuyển về tài "
     "khoản riêng của {x}.", ""),
    ("tra_gop_xe_may", ["payment"],
     "{X} muốn đóng tiền góp xe máy kỳ này qua tổng đài luôn.",
     "{X} cần thanh toán kỳ trả góp chiếc xe ngay bây giờ.",
     "{E} đã trích hai triệu một từ tài khoản của {x} để đóng kỳ này, biên nhận gửi qua tin "
     "nhắn.", ""),
    ("dong_hoc_phi", ["payment"],
     "{X} muốn đóng học phí cho con qua tài khoản hôm nay.",
     "{X} cần chuyển tiền học của cháu cho trường ngay trong ngày.",
     "{E} đã chuyển tám triệu cho trường kèm mã học sinh, tiền vào trong hai giờ.", ""),
    ("web_dien_luc_sap", ["payment"],
     "Trang web điện lực bị sập nên {x} muốn trả tiền điện qua ngân hàng.",
     "Bên điện lực trục trặc nên {x} muốn thanh toán tiền điện từ tài khoản.",
     "{E} đã thanh toán 640 nghìn tiền điện cho {x}, mã giao dịch gửi qua tin nhắn.",
     "other_company_outage"),
    ("nhan_tien_chua_thay", [],
     "Khách của {x} nói đã chuyển tiền hàng rồi mà {x} chưa thấy.",
     "Khoản tiền người mua gửi cho {x} chưa hiện ra.",
     "Tiền đã vào lúc mười giờ dưới tên công ty của khách, số dư của {x} đã cộng.",
     "payment_received_not_made"),
    ("giao_dich_la_hoa_ra_vo", [],
     "Có giao dịch 900 nghìn ở tiệm tóc mà {x} không biết. À khoan, chắc vợ {x} dùng thẻ phụ, "
     "đúng rồi, không sao.",
     "{X} thấy khoản thanh toán lạ ở tiệm tóc, rồi nhận ra người nhà đã dùng thẻ phụ.",
     "Giao dịch làm bằng thẻ phụ nên {e} không khóa gì, chỉ ghi chú vào hồ sơ.",
     "fraud_was_partner_purchase"),
    ("khieu_nai_quay", ["complaint"],
     "{X} muốn khiếu nại chi nhánh ở Hải Phòng, chờ hai tiếng rồi bị đuổi về.",
     "{X} bị để đợi quá lâu ở chi nhánh rồi không được phục vụ, và muốn phản ánh.",
     "{E} đã lập khiếu nại số P 3308, giám đốc chi nhánh sẽ gọi lại cho {x} trước thứ sáu.", ""),
    ("phi_rut_tien_nuoc_ngoai", ["billing"],
     "Sao kê có khoản phí rút tiền ở nước ngoài, {x} muốn biết phí tính thế nào.",
     "Trên sao kê có tiền phí rút ở nước ngoài và {x} muốn rõ cách tính.",
     "Phí là bốn phần trăm số rút cộng phí cây, {e} gửi biểu phí chi tiết qua email.", ""),
    ("so_tiet_kiem_dao_han", [],
     "Sổ tiết kiệm của {x} tới hạn rồi, {x} muốn rút tiền về tài khoản.",
     "Sổ tiết kiệm đã đáo hạn và {x} muốn đưa tiền về tài khoản thanh toán.",
     "{E} đã tất toán sổ, 150 triệu cả lãi đã vào tài khoản của {x}.", ""),
    ("khoa_the_sai_pin", [],
     "Thẻ của {x} bị khóa vì nhập sai mã PIN ba lần.",
     "Thẻ bị chặn sau mấy lần gõ sai mật mã.",
     "{E} đã mở khóa, {x} đổi mã PIN mới trong app rồi dùng lại bình thường.", ""),
]

VI_OUT = [
    ("giao_dich_nghi_ngo", ["fraud"],
     "{E} gọi vì hệ thống chặn một giao dịch mười hai triệu ở cửa hàng điện máy tại Cần Thơ.",
     "{X} có đi Cần Thơ đâu, không phải {x} mua.",
     "{E} đã hủy thẻ, từ chối giao dịch đó và phát hành thẻ mới cho {x}.", ""),
    ("tra_gop_tre", ["payment"],
     "{E} gọi vì kỳ trả góp tháng này của {x} chưa thanh toán được.",
     "Vậy {x} đóng luôn bây giờ được không?",
     "{E} đã trích ba triệu từ tài khoản của {x}, không tính phí trễ hạn.", ""),
    ("thu_bi_tra_ve", ["address_change"],
     "Lý do {e} gọi là thư gửi cho {x} bị bưu điện trả về.",
     "À {x} mới chuyển nhà, để {x} đọc địa chỉ mới.",
     "Địa chỉ mới đã lưu, thư bị trả sẽ được gửi lại trong tuần.", ""),
    ("phi_goi_tang", ["cancellation"],
     "{E} gọi để báo phí gói tài khoản cao cấp sẽ tăng từ tháng sáu.",
     "Vậy thì {x} hủy gói cao cấp luôn.",
     "{E} đã chuyển {x} sang gói thường miễn phí từ hôm nay.", ""),
    ("phi_thu_trung", ["billing", "refund"],
     "{E} gọi vì phí thường niên thẻ của {x} bị thu trùng do lỗi.",
     "{X} cũng thấy lạ, trả lại cho {x} khoản dư nha.",
     "Khoản 300 nghìn thu trùng đã được hoàn về thẻ hôm nay.", ""),
    ("app_loi_theo_doi", ["outage"],
     "{E} gọi để theo dõi lỗi app bị văng mà {x} báo tuần trước.",
     "Vẫn chưa mở được trên điện thoại của {x}.",
     "Bản sửa lỗi phát hành tối nay, thứ năm kỹ thuật viên sẽ gọi lại nếu vẫn lỗi.", ""),
    ("the_moi_tra_ve", ["card_lost"],
     "{E} gọi vì thẻ mới của {x} bị bưu điện hoàn về.",
     "À thẻ cũ {x} làm mất rồi, nên cần thẻ mới lắm.",
     "{E} đã khóa thẻ cũ và gửi thẻ mới về chi nhánh gần nhà {x} để nhận.", ""),
    ("so_den_han", [],
     "{E} gọi vì sổ tiết kiệm của {x} đến hạn ngày mười lăm.",
     "Vậy {x} có những lựa chọn nào?",
     "{E} đã gửi ba mức lãi tái tục qua tin nhắn, nếu {x} không chọn thì sổ tự gia hạn.", ""),
    ("khoan_vay_qua_han", ["payment"],
     "{E} gọi về khoản vay mua nhà đã quá hạn chín ngày.",
     "{X} biết, {x} muốn trả luôn bằng thẻ ghi nợ.",
     "{E} đã thu đủ kỳ này, tài khoản vay đã về trạng thái bình thường.", ""),
    ("theo_doi_khieu_nai", ["complaint"],
     "{E} gọi để phản hồi về khiếu nại chờ tổng đài lâu của {x}.",
     "{X} vẫn chưa hài lòng, {x} muốn khiếu nại lên cấp trên.",
     "{E} đã chuyển lên bộ phận quản lý khiếu nại, mã Q 8820, trả lời trong mười ngày.", ""),
    ("chuyen_tien_bi_tra", ["refund"],
     "{E} gọi vì lệnh chuyển tiền đi Nhật của {x} bị ngân hàng bên kia trả về.",
     "Vậy hoàn cả phí chuyển cho {x} luôn nha.",
     "Cả tiền gốc và phí chuyển đã hoàn về tài khoản {x} hôm nay.", ""),
    ("dang_nhap_may_moi", [],
     "{E} gọi vì có lượt đăng nhập từ điện thoại mới vào tài khoản {x} tối qua.",
     "À là {x} đó, {x} mới mua máy hôm qua.",
     "{E} đã đánh dấu máy đó là tin cậy, {x} không cần làm gì.", "own_new_phone_not_fraud"),
]

VI_AGENTS = [
    ("Nguyễn Thị Huyền", "Huyền", "da_before_every_sentence"),
    ("Trần Minh Thạch", "Thạch", "da_before_every_sentence"),
    ("Lê Thị Hường", "Hường", "north_agent_south_caller"),
    ("Phạm Văn Khiết", "Khiết", "north_agent_south_caller"),
    ("Đỗ Ngọc Điệp", "Điệp", "long_legal_recording_notice"),
    ("Vũ Hoàng Tường", "Tường", "long_legal_recording_notice"),
    ("Bùi Thị Ngọc", "Ngọc", "trainee_checks_notes"),
    ("Hồ Văn Giang", "Giang", "trainee_checks_notes"),
    ("Đặng Thùy Xuân", "Xuân", "summarises_at_end"),
    ("Ngô Quốc Quang", "Quang", "summarises_at_end"),
    ("Lý Thị Thùy", "Thùy", "many_holds"),
    ("Mai Văn Vĩnh", "Vĩnh", "many_holds"),
]
VI_COLLEAGUES = ["Thiện", "Bảo", "Nghĩa", "Lâm"]
# speaker: key, address form, self (agent), prefix, suffix, fast
VI_SPEAKERS = [
    ("hue", "chị", "em", "Chị ở Huế nè, ", " Răng mà khổ rứa không biết.", 1.0),
    ("thanh_hoa", "anh", "em", "Anh gọi từ Thanh Hoá, ", " Thế là thế nào hở em.", 1.0),
    ("da_lat_farmer", "chú", "con", "Chú đang ở vườn cà phê trên Đà Lạt, ",
     " Mùa này bận lắm con.", 1.0),
    ("hai_phong_dock", "anh", "em", "Anh đang ca ở cảng, ồn lắm, ", " Nói nhanh giùm anh.", 0.95),
    ("saigon_fast_shop", "chị", "em", "Chị đang bán hàng nha, ", " Lẹ lẹ giùm chị nha em.", 0.8),
    ("retired_teacher", "cô", "con",
     "Cô nói rõ nhé, cô là giáo viên về hưu, ", " Con nhớ nói cho đúng chữ nhé.", 1.1),
    ("plain", "anh", "em", "", "", 1.0),
    ("plain_f", "chị", "em", "", "", 1.0),
]

VI_T = {
    "greet": ["Xin chào {x},", "Chào {x} ạ,", "Alô, xin chào,"],
    "company": ["Ngân hàng ABC xin nghe.", "đây là tổng đài Ngân hàng ABC.",
                "{e} ở Ngân hàng ABC đây ạ."],
    "name": ["{E} tên là {n}.", "{E} là {n} ạ.", "{n} nghe máy ạ."],
    "name_odd": ["Người trực máy hôm nay là {n} ạ.", "{n} ở bàn thẻ đang nghe {x} đây ạ."],
    "offer": ["{E} có thể giúp gì cho {x} ạ?", "{X} cần {e} hỗ trợ việc gì ạ?",
              "{X} cần gì cứ nói, {e} giúp ngay ạ."],
    "formal_open": ["Kính chào quý khách, Ngân hàng ABC xin kính chào.", "{E} là {n}.",
                    "{E} rất hân hạnh được hỗ trợ quý khách ạ."],
    "trainee_pre": "Ờ, {x} chờ {e} mở sổ tay một chút.",
    "cold_pre": "",
    "noname_colleague": "Bạn {k} bên lễ tân vừa chuyển máy cho {e}.",
    "nogreet_cust": "Alô?",
    "first_cust": ["Alô, có ai không?", "Alô, phải tổng đài thẻ không em?",
                   "Alô alô, {x} nghe không rõ."],
    "first_not_answer": ["Dạ {x} chờ {e} chỉnh tai nghe.", "Dạ đường truyền hơi rè {x} ơi.",
                         "Dạ để {e} mở màn hình."],
    "quick_q": [("Alô, cho hỏi thứ bảy chi nhánh có làm không?",
                 "Dạ thứ bảy chi nhánh làm tới mười một giờ trưa."),
                ("Alô, nộp tiền vào thẻ ở bưu cục được không em?",
                 "Dạ được, bưu cục nhận nộp tiền vào thẻ."),
                ("Alô, cho hỏi số tổng đài báo mất thẻ là số nào?",
                 "Dạ là số này luôn, {x} gọi đúng rồi.")],
    "id_q": "Trước tiên {x} cho {e} xin họ tên và ngày sinh ạ.",
    "id_a": ["{c_full}, sinh năm tám mươi hai.", "{c_full}, mười hai tháng ba năm bảy lăm.",
             "{c_full}, ngày hai tháng chín năm chín mươi."],
    "id_hold": "Dạ {x} chờ hệ thống tải thông tin một chút.",
    "late_offer": "Dạ xác minh xong rồi, {x} cần {e} hỗ trợ gì ạ?",
    "cust_company": "Alô, đây là ngân hàng ABC phải không?",
    "agent_it_is": "Dạ đúng rồi ạ.",
    "confirm": ["Đúng rồi em.", "Ừ, đúng vậy.", "Phải, đúng ý {x} đó.", "Chính xác."],
    "near_restate": ["Thẻ ạ?", "{X} nói lại được không ạ?", "Dạ, em nghe.", "Tài khoản hả {x}?"],
    "near_tag": ["near_miss_one_word_echo", "near_miss_asks_to_repeat",
                 "near_miss_bare_ack", "near_miss_one_word_echo"],
    "cust_again": ["Thì {x} nói rồi đó.", "Nói lại nè, như hồi nãy đó."],
    "hold": ["Dạ để {e} kiểm tra, {x} chờ máy ạ.", "Dạ {x} đợi {e} xem tài khoản.",
             "Dạ {e} mở hồ sơ ra coi."],
    "hold_back": ["Dạ cảm ơn {x} đã chờ.", "Cám ơn {x} chờ máy ạ."],
    "extra_hold": ["Dạ {e} kiểm tra thêm một mục nữa.", "Dạ {x} chờ thêm chút."],
    "wait_only": ["Dạ {x} cứ chờ thôi ạ.", "Dạ để một thời gian chắc nó tự xong.",
                  "Dạ giờ chỉ có đợi thôi {x}."],
    "ack": ["Ừ, vậy được.", "Vậy thì tốt quá.", "Ờ, được rồi.", "Ừ, yên tâm rồi."],
    "anyelse": ["{X} còn cần {e} hỗ trợ gì khác không ạ?",
                "{X} còn thắc mắc gì nữa không ạ?",
                "Dạ {x} có cần thêm thông tin nào không ạ?"],
    "anyelse_statement": ["Dạ {x} không cần làm gì khác đâu ạ.",
                          "Phía {x} không phải làm gì khác nữa ạ."],
    "no_more": ["Hết rồi em.", "Không, vậy thôi.", "Thôi đủ rồi."],
    "thanks": ["Dạ cảm ơn {x} đã gọi Ngân hàng ABC.", "Cảm ơn {x} nhiều ạ.",
               "Dạ cám ơn {x} đã kiên nhẫn."],
    "bye": ["Chào {x} ạ.", "Chúc {x} một ngày vui, chào {x}.", "Dạ tạm biệt {x}.",
            "Chúc {x} buổi tối an lành."],
    "cust_bye": ["Ừ chào em.", "Cảm ơn nha, chào.", "Ừ, bye em."],
    "early_thanks": "Cảm ơn {x} đã chờ, phần đó xong rồi ạ.",
    "one_more": ["À còn cái này, sau đó số dư còn bao nhiêu em?",
                 "À tiện hỏi luôn, khi nào có sao kê tháng này?"],
    "one_more_ans": ["Dạ số dư còn năm triệu hai ạ.", "Dạ sao kê có vào ngày mùng hai ạ."],
    "colleague_bye": "Ừ {k} ơi, để {e} lo tiếp, chào {k} nhé.",
    "colleague_line": "Dạ {e} hỏi đồng nghiệp một chút.",
    "summary": "Dạ {e} nói gọn lại cho {x} nghe.",
    "formula_empathy": ["Dạ {e} xin lỗi vì {x} gặp rắc rối.",
                        "Dạ rất tiếc {x} phải gọi vì chuyện này."],
    "empathy": ["Dạ {e} rất xin lỗi, {e} hiểu {x} đang bực lắm.",
                "Dạ {e} thông cảm với {x}, chuyện này mệt thật.",
                "{E} hiểu mà, gặp vậy ai cũng khó chịu ạ.",
                "Dạ {e} xin lỗi {x} nhiều, để {x} phải lo vậy."],
    "anger": ["Gọi ba lần rồi mà không ai làm gì hết, ngân hàng gì kỳ vậy!",
              "Tức thật sự, bên ngân hàng làm ăn tắc trách quá!",
              "Mất nguyên buổi sáng vì mấy người, quá đáng lắm rồi!",
              "Chán lắm rồi, lần nào cũng sai, phục vụ kiểu gì vậy!"],
    "cold": ["Ừ.", "Sao cũng được.", "Làm đi.", "Rồi."],
    "late_anger": ["Khoan, vậy sao lần trước không làm luôn? Vô lý hết sức!",
                   "Vậy mấy bữa nay {x} lo muốn chết là vô ích hả? Quá đáng!"],
    "late_anger_reply": "Dạ {e} sẽ ghi chú vào hồ sơ của {x}.",
    "interrupt": "Dạ khoan {x} ơi, để {e} nói.",
    "blame": ["Tại con {x} biết thông tin thẻ chứ ngân hàng đâu có lỗi.",
              "Do điện thoại của {x} đời cũ quá nên app mới vậy.",
              "Lẽ ra {x} phải biết tin nhắn đó là lừa đảo chứ.",
              "Người khác tự làm được hết, có mỗi {x} phải gọi.",
              "Vợ {x} đưa mã cho người ta thì nhà {x} chịu thôi.",
              "{X} phải biết chuyển khoản cho người lạ là rủi ro chứ.",
              "Khách khác tự mò ra được mà.",
              "Con gái {x} đổi cài đặt chứ bên {e} đâu có sai.",
              "Cho em trai mượn thẻ thì ráng chịu chứ {x}.",
              "Máy {x} rẻ tiền quá nên chạy không nổi, không phải lỗi bên {e}."],
    "rude": ["Trời, năm phút mới tìm ra một cái nút, giỏi ghê.",
             "Tuổi {x} chắc xài điện thoại khó lắm ha.",
             "{E} không nghe kể lại từ đầu nữa đâu.",
             "{X} cứ nói kiểu đó là {e} cúp máy đó.",
             "Nhờ cháu nó bấm giùm đi cho nhanh.",
             "Rồi rồi, nghe hoài, chuyện khác đi.",
             "Có gì đâu mà khó, con nít cũng làm được.",
             "{E} đâu có rảnh cả ngày với {x}.",
             "Nói chen nữa là {e} tắt máy luôn.",
             "Dùng điện thoại thông minh mà không biết gì hết trơn."],
    "polite_rude": ["Dạ {x} khỏi xin lỗi, chuyện thường mà.",
                    "Dạ thôi {x} đừng đọc mã PIN cho {e} nha.",
                    "Dạ {x} không cần kể thêm đâu, {e} đủ thông tin rồi.",
                    "Dạ {x} khỏi điền tờ khai, {e} nhập thay."],
    "swear": ["Cái máy đéo chịu lưu gì cả.", "Vãi thật, màn hình lại đứng rồi.",
              "Địt, lại văng ra ngoài nữa.", "Đụ, hệ thống chạy như rùa.",
              "Phần mềm lồn gì mà chậm thế.", "Đéo tải được trang này.",
              "Chậm vãi, đợi tí.", "Đụ má cái máy in.", "Đéo thấy nút lưu đâu luôn.",
              "Lỗi vãi, để mở lại.", "Địt mẹ cái mạng."],
    "cust_swear": ["Cái thẻ vãi thật chứ.", "Mệt vãi luôn á."],
    "card_ask": "{X} đọc số thẻ dài trên mặt thẻ cho {e} ạ.",
    "card_cust": "Số là {card}.",
    "card_back_full": "Dạ số thẻ {card} ạ.",
    "card_back_last4": "Dạ cảm ơn, thẻ có bốn số cuối {last4} ạ.",
    "cvv_ask": "Dạ còn ba số mặt sau thẻ?",
    "cvv_cust": "Là {cvv}.",
    "cvv_back": "Dạ mã bảo mật {cvv} ạ.",
    "cust_over": "Ừ em nói đi.",
    "calm_over": "Dạ vâng, {e} ghi rồi.",
    "ob_open": ["Alô, xin chào, có phải {x} {c} không ạ?", "Chào {x}, {x} là {c} phải không ạ?"],
    "ob_yes": ["Ừ đúng rồi.", "Phải, ai vậy?", "Ừ, {x} nghe."],
    "ob_name": ["{E} tên {n}", "{E} là {n}"],
    "ob_company": ["gọi từ Ngân hàng ABC ạ.", "ở Ngân hàng ABC ạ."],
    "ob_name_only_cust": "{E} gọi về tài khoản của {x} ạ.",
    "ob_record": ["Cuộc gọi này được ghi âm để đảm bảo chất lượng.",
                  "Dạ cuộc gọi đang được ghi âm ạ."],
    "ob_record_legal": "Theo quy định về bảo vệ dữ liệu cá nhân, cuộc gọi này được ghi âm và "
                       "lưu trữ trong thời hạn luật định để phục vụ đối soát và đảm bảo chất "
                       "lượng.",
    "ob_consent": ["{X} có đồng ý tiếp tục không ạ?", "{X} đồng ý cho {e} ghi âm nhé?"],
    "ob_consent_yes": ["Ừ đồng ý.", "Được em.", "Ừ cứ nói đi."],
    "ob_late_consent": "À {e} quên hỏi, {x} có đồng ý cho ghi âm cuộc gọi không ạ?",
    "ob_id_q": "Trước khi nói rõ, {x} xác nhận ngày sinh giúp {e} ạ.",
    "ob_id_hold": "Dạ để {e} mở thông tin.",
    "ob_ok": ["Ờ, vậy được.", "Ừ được.", "Ừ, hiểu rồi."],
    "ob_ack": ["Ừ, em nói đi.", "Được, nói đi.", "Ừ, rồi sao em?"],
}

VI_PAD = [
    ("Số điện thoại đuôi 417 vẫn là số chính của {x} phải không ạ?", "Ừ, số đó."),
    ("{X} có muốn nhận tin báo khi số dư xuống thấp không ạ?", "Ừ, bật đi."),
    ("{X} vẫn nhận sao kê giấy hay chuyển qua email ạ?", "Giấy đi em."),
    ("Email của {x} vẫn là địa chỉ cũ ạ?", "Ừ, vẫn vậy."),
    ("{X} hay giao dịch ở chi nhánh nào ạ?", "Chi nhánh gần chợ."),
    ("{X} vẫn làm ở công ty cũ chứ ạ?", "Ừ, vẫn chỗ đó."),
    ("{E} ghi chú vào hồ sơ để người sau biết nhé {x}?", "Ừ ghi đi."),
    ("Dạo này {x} có dùng app thường không ạ?", "Thỉnh thoảng."),
    ("{X} có muốn nhận mã tham chiếu không ạ?", "Có, để {x} ghi."),
    ("{X} có sẵn giấy bút không ạ?", "Có rồi."),
    ("{X} muốn nhận xác nhận qua email luôn không ạ?", "Ừ email được."),
    ("Địa chỉ nhà {x} vẫn như cũ chứ ạ?", "Vẫn như cũ."),
]

# ---------------------------------------------------------------------------------------------
# Language packs
# ---------------------------------------------------------------------------------------------
VI_CUSTOMERS = [("Tài", "Nguyễn Văn Tài"), ("Lan", "Trần Thị Lan"), ("Hùng", "Lê Văn Hùng"),
                ("Mai", "Phạm Thị Mai"), ("Sơn", "Võ Thanh Sơn"), ("Hoa", "Đinh Thị Hoa"),
                ("Bình", "Cao Văn Bình"), ("Nhi", "Tạ Thị Nhi")]
PACKS = {
    "en": {"IN": EN_IN, "OUT": EN_OUT, "AGENTS": EN_AGENTS, "T": EN_T, "PAD": EN_PAD,
           "COLL": EN_COLLEAGUES},
    "vi": {"IN": VI_IN, "OUT": VI_OUT, "AGENTS": VI_AGENTS, "T": VI_T, "PAD": VI_PAD,
           "COLL": VI_COLLEAGUES},
}
QUEUES = {
    "en": {"inbound": ["cards", "payments", "accounts", "lending", "digital", "complaints"],
           "outbound": ["collections", "fraud_ops", "retention", "customer_care"]},
    "vi": {"inbound": ["the", "thanh_toan", "tai_khoan", "vay", "ngan_hang_so", "khieu_nai"],
           "outbound": ["thu_no", "chong_gian_lan", "cham_soc", "giu_chan"]},
}


def srng(*parts):
    key = "|".join(str(p) for p in (SEED,) + parts)
    return random.Random(int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16))


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    nf = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in nf if not unicodedata.combining(c)))


def has_marks(s):
    return strip_marks(s) != s


def fmt(text, ctx):
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", v)
    return text


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------------------------
# Recogniser noise
# ---------------------------------------------------------------------------------------------
PUNCT = ".,?!;:\"()"
EN_HOMO = {"which": "witch", "where": "wear", "whether": "weather", "some": "sum", "so": "sew",
           "find": "fined", "mind": "mined", "board": "bored", "course": "coarse", "key": "quay",
           "whose": "who's", "site": "sight", "its": "it's", "higher": "hire", "days": "daze",
           "eight": "ate", "morning": "mourning", "hold": "holed", "told": "tolled",
           "plain": "plane", "tail": "tale", "steal": "steel"}
EN_SPLIT = {"somewhere": "some where", "because": "be cause", "however": "how ever",
            "already": "al ready", "transfer": "trans fer", "landlord": "land lord",
            "instead": "in stead", "within": "with in", "tonight": "to night",
            "postcode": "post code", "weekend": "week end", "everyone": "every one",
            "chargeback": "charge back", "cardholder": "card holder", "passcode": "pass code",
            "settlement": "settle ment", "broadband": "broad band", "allotment": "allot ment",
            "insurance": "in surance", "reactivated": "re activated", "instalment": "in stalment"}
EN_JOIN = [("give me", "gimme"), ("have to", "hafta"), ("next week", "nextweek"),
           ("let me", "letme"), ("first time", "firsttime"), ("right away", "rightaway"),
           ("just now", "justnow"), ("no need", "noneed"), ("last month", "lastmonth"),
           ("all day", "allday"), ("this month", "thismonth"), ("on my", "onmy")]
EN_NUM = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
          "fifteen": "15", "thirty": "30", "forty": "40"}
EN_FILL = ["yeah so", "mhm", "ohh", "well"]
EN_ACME = ["akme", "ackmeh", "axme"]
VI_JOIN = [("số dư", "sốdư"), ("mật khẩu", "mậtkhẩu"), ("khoản vay", "khoảnvay"),
           ("thẻ phụ", "thẻphụ"), ("hồ sơ", "hồsơ"), ("tin nhắn", "tinnhắn"),
           ("ứng dụng", "ứngdụng"), ("xác nhận", "xácnhận"), ("kiểm tra", "kiểmtra"),
           ("điện lực", "điệnlực"), ("trả góp", "trảgóp"), ("địa chỉ", "địachỉ"),
           ("học phí", "họcphí"), ("hoàn tiền", "hoàntiền")]
VI_NUM = {"một": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
          "tám": "8", "chín": "9", "mười": "10"}
VI_UNITS = {"triệu", "nghìn", "ngày", "tháng", "lần", "giờ", "phút", "trăm", "tuần"}
VI_FILL = ["hầy", "thì là", "kiểu như", "nói thật là"]
VI_ABC = ["a bê cê", "a bi si", "abece"]


def clean_tok(w):
    return w.strip(PUNCT)


def noise_en(text, rng, strong):
    toks = [clean_tok(w).lower() for w in text.split()]
    toks = [t for t in toks if t]
    s = " ".join(toks)
    for a, b in EN_JOIN:
        if (" " + a + " ") in (" " + s + " ") and rng.random() < 0.5:
            s = (" " + s + " ").replace(" " + a + " ", " " + b + " ", 1).strip()
    out = []
    for t in s.split():
        r = rng.random()
        if t == "acme" and r < 0.35:
            t = rng.choice(EN_ACME)
        elif t in EN_HOMO and r < 0.3 * strong:
            t = EN_HOMO[t]
        elif t in EN_SPLIT and r < 0.5:
            t = EN_SPLIT[t]
        elif t in EN_NUM and r < 0.6:
            t = EN_NUM[t]
        out.append(t)
        if rng.random() < 0.02 and len(t) > 2:
            out.append(t)
    if rng.random() < 0.15 * strong:
        out.insert(0, rng.choice(EN_FILL))
    return " ".join(out)


def noise_vi(text, rng, strong):
    toks = [clean_tok(w).lower() for w in text.split()]
    toks = [t for t in toks if t]
    s = " ".join(toks)
    s = s.replace("ngân hàng abc", "ngân hàng " + rng.choice(VI_ABC)) if rng.random() < 0.3 else s
    for a, b in VI_JOIN:
        if a in s and rng.random() < 0.4:
            s = s.replace(a, b, 1)
    words = s.split()
    for i, w in enumerate(words):
        if w in VI_NUM and i + 1 < len(words) and words[i + 1] in VI_UNITS and rng.random() < 0.6:
            words[i] = VI_NUM[w]
    whole = rng.random() < 0.2 * strong
    out = []
    for w in words:
        if whole or rng.random() < 0.18 * strong:
            w = strip_marks(w)
        out.append(w)
    if rng.random() < 0.15 * strong:
        out.insert(0, rng.choice(VI_FILL))
    return " ".join(out)


NOISE_P = [0.45, 0.65, 0.85, 0.95]


def apply_noise(lang, turns, level, rng):
    for tu in turns:
        if rng.random() >= NOISE_P[level]:
            continue
        strong = 0.6 + 0.2 * level
        new = []
        for p in tu["pieces"]:
            if p["protect"]:
                toks = [clean_tok(w).lower() for w in p["text"].split()]
                new.append(dict(p, text=" ".join(t for t in toks if t)))
                continue
            fn = noise_en if lang == "en" else noise_vi
            t = fn(p["text"], rng, strong)
            if t.strip():
                new.append(dict(p, text=t))
        tu["pieces"] = new
        tu["noised"] = True


# ---------------------------------------------------------------------------------------------
# Call assembly
# ---------------------------------------------------------------------------------------------
def piece(text, *tags, cats=(), protect=False):
    return {"text": text, "tags": tuple(tags), "cats": tuple(cats), "protect": protect}


def turn(spk, pieces, sent="neutral", hold=0.0, min_start=None, interrupt=False, raised=False):
    return {"spk": spk, "pieces": [p for p in pieces if p], "sent": sent, "hold": hold,
            "min_start": min_start, "interrupt": interrupt, "raised": raised, "noised": False}


class Builder:
    def __init__(self, lang, plan, rng):
        self.lang = lang
        self.P = PACKS[lang]
        self.T = self.P["T"]
        self.plan = plan
        self.rng = rng
        self.ctx = plan["ctx"]
        self.decoys = []
        self.f = plan["faults"]
        self.opened = False

    def say(self, key):
        v = self.T[key]
        if isinstance(v, list):
            v = self.rng.choice(v)
        return fmt(v, self.ctx)

    def dec(self, tag):
        if tag not in self.decoys:
            self.decoys.append(tag)

    def agent(self, pieces, **kw):
        if (self.plan["style"] == "repeats_customer_name" and pieces and self.opened
                and not pieces[0]["protect"] and self.rng.random() < 0.4):
            p0 = pieces[0]
            t0 = p0["text"]
            if not (t0.startswith("I ") or t0.startswith("I'")):
                t0 = t0[:1].lower() + t0[1:]
            pieces = [dict(p0, text=self.ctx["c"] + ", " + t0)] + list(pieces[1:])
            self.dec("agent_repeats_customer_name")
        if (self.plan["style"] == "north_agent_south_caller" and pieces and self.opened
                and not pieces[0]["protect"] and self.rng.random() < 0.3):
            p0 = pieces[0]
            t0 = "Vâng ạ, " + p0["text"][:1].lower() + p0["text"][1:]
            pieces = [dict(p0, text=t0)] + list(pieces[1:])
            self.dec("northern_vang_a")
        self.opened = True
        if self.plan["style"] == "da_before_every_sentence" and pieces:
            p0 = pieces[0]
            if not p0["text"].startswith("Dạ") and not p0["protect"]:
                t0 = p0["text"]
                if not t0.startswith(self.ctx["n"]):
                    t0 = t0[:1].lower() + t0[1:]
                pieces = [dict(p0, text="Dạ " + t0)] + list(pieces[1:])
        return turn("agent", pieces, **kw)

    def card_exchange(self, fail):
        """Ask for the card; returns the turns and the agent's read-back piece."""
        rng = self.rng
        digits = "".join(str(rng.randint(0, 9)) for _ in range(16))
        card = " ".join(digits[i:i + 4] for i in range(0, 16, 4))
        cvv = str(rng.randint(100, 999))
        c = dict(self.ctx, card=card, last4=digits[-4:], cvv=cvv)
        out = [turn("agent", [piece(fmt(self.T["card_ask"], c))]),
               turn("customer", [piece(fmt(self.T["card_cust"], c), protect=True)])]
        if fail and rng.random() < 0.45:
            out.append(turn("agent", [piece(fmt(self.T["card_back_last4"], c), protect=True),
                                      piece(fmt(self.T["cvv_ask"], c))]))
            out.append(turn("customer", [piece(fmt(self.T["cvv_cust"], c), protect=True)]))
            self.dec("security_code_readback")
            return out, piece(fmt(self.T["cvv_back"], c), "card", protect=True)
        if fail:
            self.dec("full_card_readback")
            return out, piece(fmt(self.T["card_back_full"], c), "card", protect=True)
        self.dec("last_four_readback")
        return out, piece(fmt(self.T["card_back_last4"], c), protect=True)

    def conduct_pieces(self):
        """Swear (muttered), rude and blame pieces for this call, plus a polite decoy."""
        f, rng = self.f, self.rng
        pre, post = [], []
        if "forbidden/profanity" in f or "forbidden/profanity_vi_strict" in f:
            tag = ("swear", "strict") if self.lang == "vi" else ("swear",)
            pre.append(piece(self.plan["swear_line"], *tag, protect=True))
        if "angry_caller/no_blame" in f:
            post.append(piece(fmt(self.plan["blame_line"], self.ctx), "blame"))
        if "forbidden/rude" in f:
            post.append(piece(fmt(self.plan["rude_line"], self.ctx), "rude"))
        if "angry_caller/empathy" not in f and rng.random() < 0.3:
            post.append(piece(self.say("polite_rude")))
            self.dec("polite_phrase_looks_rude")
        return pre, post

    def anger_line(self):
        return self.say("anger")

    # -- inbound ------------------------------------------------------------------------------
    def inbound(self):
        f, rng, T, plan = self.f, self.rng, self.T, self.plan
        sc = plan["scenario"]
        _key, cats, problem, restate, resolution, sdec = sc
        if sdec:
            self.dec(sdec)
        style = plan["style"]
        mode = plan["anger"]
        head = []
        open_pre = []
        if "inbound/greeting_before_resolution" in f:
            q, a = rng.choice(T["quick_q"])
            head.append(turn("customer", [piece(fmt(q, self.ctx))]))
            open_pre.append(piece(fmt(a, self.ctx), "resolve"))
            self.dec("answer_before_greeting")
        elif rng.random() < 0.25:
            head.append(turn("customer", [piece(self.say("first_cust"))]))
            open_pre.append(piece(self.say("first_not_answer")))
            self.dec("customer_speaks_first_not_answer")
        elif "inbound/greeting" in f and rng.random() < 0.5:
            head.append(turn("customer", [piece(self.say("nogreet_cust"))]))
            self.dec("customer_greets_agent_does_not")
        if style == "trainee_checks_notes":
            open_pre.append(piece(self.say("trainee_pre")))
            self.dec("trainee_checks_notes")
        if style == "agent_with_a_cold":
            open_pre.append(piece(self.say("cold_pre")))
        opening = []
        opening_faults = {"inbound/greeting", "inbound/company_name", "inbound/self_intro",
                          "inbound/offer_help"} & set(f)
        late_offer = False
        cust_company = False
        if style in ("very_formal",) and not opening_faults:
            fo = [fmt(x, self.ctx) for x in T["formal_open"]]
            opening = [piece(fo[0], "greet", "company"), piece(fo[1], "name"),
                       piece(fo[2], "offer")]
        else:
            if "inbound/greeting" not in f:
                opening.append(piece(self.say("greet"), "greet"))
            if "inbound/company_name" not in f:
                c = self.say("company")
                opening.append(piece(cap(c) if not opening else c, "company"))
            elif rng.random() < 0.5:
                cust_company = True
                self.dec("company_said_by_customer_only")
            if "inbound/self_intro" not in f:
                if rng.random() < 0.3:
                    opening.append(piece(self.say("name_odd"), "name"))
                    self.dec("intro_unusual_form")
                else:
                    opening.append(piece(self.say("name"), "name"))
            elif rng.random() < 0.6:
                k = rng.choice(self.P["COLL"])
                opening.append(piece(fmt(T["noname_colleague"], dict(self.ctx, k=k))))
                self.dec("names_colleague_not_self")
            if "inbound/offer_help" not in f:
                opening.append(piece(self.say("offer"), "offer"))
            elif rng.random() < 0.7:
                late_offer = True
                opening.append(piece(self.say("id_q")))
                self.dec("offer_after_45s")
        if opening:
            opening[0] = dict(opening[0], text=cap(opening[0]["text"]))
        head.append(self.agent(open_pre + opening))
        if late_offer:
            head.append(turn("customer", [piece(self.say("id_a"))]))
            head.append(self.agent([piece(self.say("id_hold"))]))
            head.append(self.agent([piece(self.say("late_offer"), "offer")], min_start=48.5))
        if cust_company:
            head.append(turn("customer", [piece(self.say("cust_company"))]))
            head.append(self.agent([piece(self.say("agent_it_is"))]))
        sp = plan["speaker"]
        ptext = fmt(problem, self.ctx)
        if sp["prefix"] and not (ptext.startswith("I ") or ptext.startswith("I'")):
            ptext = ptext[:1].lower() + ptext[1:]
        ptext = fmt(sp["prefix"], self.ctx) + ptext + fmt(sp["suffix"], self.ctx)
        emp_fail = "angry_caller/empathy" in f
        int_fail = "angry_caller/no_interrupting_angry_customer" in f
        prob_pieces = [piece(ptext, cats=cats)]
        prob_sent = "neutral"
        raised = False
        if mode == "with_problem":
            prob_pieces.append(piece(self.anger_line(), cats=("complaint",)))
            prob_sent = "negative"
            raised = rng.random() < 0.5
        head.append(turn("customer", prob_pieces, sent=prob_sent, raised=raised))
        # restatement turn
        rp = []
        if mode == "with_problem" and int_fail:
            rp.append(piece(self.say("interrupt")))
        if mode == "with_problem" and not emp_fail:
            rp.append(piece(self.say("empathy"), "empathy"))
        if mode in ("after_restate", "cold", "late") and emp_fail and rng.random() < 0.6:
            rp.append(piece(self.say("formula_empathy"), "empathy"))
            self.dec("empathy_formula_before_anger")
        if "inbound/confirm_problem" in f:
            i = rng.randrange(len(T["near_restate"]))
            rp.append(piece(fmt(T["near_restate"][i], self.ctx)))
            self.dec(T["near_tag"][i])
        else:
            rp.append(piece(fmt(restate, self.ctx), "restate"))
            self.dec("restatement_in_other_words")
        head.append(self.agent(rp, interrupt=(mode == "with_problem" and int_fail)))
        calm_over_ok = True
        if mode == "after_restate":
            head.append(turn("customer", [piece(self.anger_line(), cats=("complaint",))],
                             sent="negative", raised=rng.random() < 0.5))
            calm_over_ok = False
        elif mode == "cold":
            head.append(turn("customer", [piece(self.say("cold"))], sent="negative"))
            self.dec("cold_short_anger")
            calm_over_ok = False
        elif "inbound/confirm_problem" in f:
            head.append(turn("customer", [piece(self.say("cust_again"))]))
        else:
            head.append(turn("customer", [piece(self.say("confirm"))]))
        hp = []
        if mode in ("after_restate", "cold"):
            if int_fail:
                hp.append(piece(self.say("interrupt")))
            if not emp_fail:
                hp.append(piece(self.say("empathy"), "empathy"))
        over = False
        if calm_over_ok and rng.random() < 0.15:
            over = True
            hp.append(piece(self.say("calm_over")))
            self.dec("agent_talks_over_calm_customer")
        card_fail = "forbidden/no_card_readback" in f
        hp_int = over or (mode in ("after_restate", "cold") and int_fail)
        if card_fail or rng.random() < 0.3:
            if hp:
                head.append(self.agent(hp, interrupt=hp_int))
                hp, hp_int = [], False
            ct, rb = self.card_exchange(card_fail)
            head.extend(ct)
            hp.append(rb)
        hp.append(piece(self.say("hold")))
        head.append(self.agent(hp, interrupt=hp_int))
        pre, post = self.conduct_pieces()
        if style == "many_holds":
            head.append(self.agent(pre + [piece(self.say("extra_hold"))],
                                   hold=rng.uniform(5, 12)))
            self.dec("agent_many_holds")
            pre = []
        res = [piece(self.say("hold_back"), "thanks_mid")] + pre
        if "inbound/resolution" in f:
            res.append(piece(self.say("wait_only")))
            self.dec("wait_only_no_step")
        else:
            res.append(piece(fmt(resolution, self.ctx), "resolve"))
        res += post
        head.append(self.agent(res, hold=rng.uniform(6, 22)))
        c_over = rng.random() < 0.15
        if c_over:
            self.dec("customer_talks_over_agent")
        if mode == "late":
            head.append(turn("customer", [piece(fmt(rng.choice(T["late_anger"]), self.ctx),
                                                cats=("complaint",))],
                             sent="negative", raised=rng.random() < 0.5))
            lp = []
            if int_fail:
                lp.append(piece(self.say("interrupt")))
            if not emp_fail:
                lp.append(piece(self.say("empathy"), "empathy"))
            lp.append(piece(self.say("late_anger_reply")))
            head.append(self.agent(lp, interrupt=int_fail))
            head.append(turn("customer", [piece(self.say("ack"))]))
        else:
            head.append(turn("customer", [piece(self.say("ack"))], interrupt=c_over,
                             sent="positive" if rng.random() < 0.2 else "neutral"))
        if "inbound/goodbye" in f and rng.random() < 0.5 or rng.random() < 0.08:
            k = rng.choice(self.P["COLL"])
            head.append(self.agent([piece(self.say("colleague_line"))]))
            head.append(self.agent([piece(fmt(T["colleague_bye"], dict(self.ctx, k=k)),
                                          "bye_colleague")], hold=rng.uniform(4, 9)))
            self.dec("goodbye_to_colleague")
        # closing section
        tail = []
        if style == "summarises_at_end" and "inbound/confirm_problem" not in f:
            tail.append(self.agent([piece(self.say("summary")),
                                    piece(fmt(restate, self.ctx), "restate")]))
            tail.append(turn("customer", [piece(self.say("confirm"))]))
        if "inbound/thanks" in f and rng.random() < 0.6 or rng.random() < 0.06:
            tail.append(self.agent([piece(self.say("early_thanks"), "thanks")]))
            i = rng.randrange(2)
            tail.append(turn("customer", [piece(fmt(T["one_more"][i], self.ctx))]))
            tail.append(self.agent([piece(fmt(T["one_more_ans"][i], self.ctx))],
                                   hold=rng.uniform(8, 16)))
            tail.append(turn("customer", [piece(self.say("ack"))]))
            self.dec("thanks_early_then_long_closing")
        if "inbound/anything_else" not in f:
            tail.append(self.agent([piece(self.say("anyelse"), "anyelse")]))
            tail.append(turn("customer", [piece(self.say("no_more"))]))
        elif rng.random() < 0.5:
            tail.append(self.agent([piece(self.say("anyelse_statement"))]))
            tail.append(turn("customer", [piece(self.say("ack"))]))
            self.dec("anything_else_not_a_question")
        cl = []
        th = piece(self.say("thanks"), "thanks")
        by = piece(self.say("bye"), "bye")
        if "inbound/thanks_before_goodbye" in f:
            cl = [by, th]
            self.dec("goodbye_before_thanks")
        else:
            if "inbound/thanks" not in f:
                cl.append(th)
            if "inbound/goodbye" not in f:
                cl.append(by)
            else:
                self.dec("customer_says_bye_agent_does_not")
        tail.append(self.agent(cl))
        tail.append(turn("customer", [piece(self.say("cust_bye"))],
                         sent="positive" if rng.random() < 0.3 else "neutral"))
        return head, tail

    # -- outbound -----------------------------------------------------------------------------
    def outbound(self):
        f, rng, T, plan = self.f, self.rng, self.T, self.plan
        _key, cats, purpose, reaction, step, sdec = plan["scenario"]
        if sdec:
            self.dec(sdec)
        mode = plan["anger"]
        emp_fail = "angry_caller/empathy" in f
        int_fail = "angry_caller/no_interrupting_angry_customer" in f
        head = []
        op = [piece(self.say("ob_open"), "greet")]
        head.append(self.agent(op))
        head.append(turn("customer", [piece(self.say("ob_yes"))]))
        ip = []
        nm = self.say("ob_name")
        co = self.say("ob_company")
        if "outbound/identify_self" not in f and "outbound/identify_company" not in f:
            ip.append(piece(nm, "name"))
            ip.append(piece(co, "company"))
        elif "outbound/identify_self" not in f:
            ip.append(piece(nm + ".", "name"))
            ip.append(piece(self.say("ob_name_only_cust")))
            self.dec("company_not_named")
        elif "outbound/identify_company" not in f:
            bare = co.replace("calling from ", "").replace("ringing from ", "")
            bare = bare.replace("from ", "").replace("gọi từ ", "").replace("ở ", "")
            ip.append(piece(("It's " if self.lang == "en" else "Bên ") + bare, "company"))
            self.dec("name_not_given")
        else:
            ip.append(piece(self.say("ob_name_only_cust")))
            self.dec("neither_name_nor_company")
        rec_fail = "outbound/recording_disclosure" in f
        con_fail = "outbound/consent" in f
        late_rec = rec_fail and rng.random() < 0.4
        late_consent = False
        if not rec_fail:
            if plan["style"] == "long_legal_recording_notice":
                ip.append(piece(fmt(T["ob_record_legal"], self.ctx), "record"))
                self.dec("long_legal_recording_notice")
            else:
                ip.append(piece(self.say("ob_record"), "record"))
            if not con_fail:
                ip.append(piece(self.say("ob_consent"), "consent"))
            elif rng.random() < 0.5:
                late_consent = True
                self.dec("consent_after_90s")
            else:
                self.dec("notice_without_consent")
        head.append(self.agent(ip))
        if not rec_fail and not con_fail:
            head.append(turn("customer", [piece(self.say("ob_consent_yes"))]))
        else:
            head.append(turn("customer", [piece(self.say("ob_ack"))]))
        if "outbound/purpose" in f:
            head.append(self.agent([piece(self.say("ob_id_q"))]))
            head.append(turn("customer", [piece(self.say("id_a"))]))
            head.append(self.agent([piece(self.say("ob_id_hold"))]))
            head.append(self.agent([piece(fmt(purpose, self.ctx), "purpose")], min_start=63.5))
            self.dec("purpose_after_60s")
        else:
            head.append(self.agent([piece(fmt(purpose, self.ctx), "purpose")]))
        rp = [piece(fmt(reaction, self.ctx), cats=cats)]
        sent = "neutral"
        raised = False
        if mode == "with_problem":
            rp.append(piece(self.anger_line(), cats=("complaint",)))
            sent = "negative"
            raised = rng.random() < 0.5
        elif mode == "cold":
            rp = [piece(self.say("cold")), piece(fmt(reaction, self.ctx), cats=cats)]
            sent = "negative"
            self.dec("cold_short_anger")
        head.append(turn("customer", rp, sent=sent, raised=raised))
        sp = []
        if mode and int_fail:
            sp.append(piece(self.say("interrupt")))
        if mode and not emp_fail:
            sp.append(piece(self.say("empathy"), "empathy"))
        card_fail = "forbidden/no_card_readback" in f
        sp_int = bool(mode and int_fail)
        if card_fail or rng.random() < 0.2:
            if sp:
                head.append(self.agent(sp, interrupt=sp_int))
                sp, sp_int = [], False
            ct, rb = self.card_exchange(card_fail)
            head.extend(ct)
            sp.append(rb)
        pre, post = self.conduct_pieces()
        head.append(self.agent(sp + pre + [piece(fmt(step, self.ctx))] + post,
                               interrupt=sp_int))
        head.append(turn("customer", [piece(self.say("ack"))]))
        if late_rec:
            head.append(self.agent([piece(self.say("ob_record"), "record")], min_start=63.5))
            head.append(turn("customer", [piece(self.say("ack"))]))
            self.dec("recording_notice_after_60s")
        if late_consent:
            head.append(self.agent([piece(self.say("ob_late_consent"), "consent")],
                                   min_start=93.5))
            head.append(turn("customer", [piece(self.say("ob_consent_yes"))]))
        tail = []
        if plan["long"] or rng.random() < 0.4:
            tail += [self.agent([piece(self.say("anyelse"), "anyelse")]),
                     turn("customer", [piece(self.say("no_more"))])]
        tail += [self.agent([piece(self.say("thanks"), "thanks"), piece(self.say("bye"), "bye")]),
                turn("customer", [piece(self.say("cust_bye"))])]
        return head, tail


# ---------------------------------------------------------------------------------------------
# Timing, truth and checks
# ---------------------------------------------------------------------------------------------
def r2(x):
    return round(x + 1e-9, 2)


def time_call(turns, rng, fast):
    segs = []
    t_end = 0.0
    for tu in turns:
        toks, owners = [], []
        for pi, p in enumerate(tu["pieces"]):
            for w in p["text"].split():
                toks.append(w)
                owners.append(pi)
        if not toks:
            return None
        prev = segs[-1] if segs else None
        inter = None
        if tu["interrupt"] and prev is not None and prev["speaker"] != tu["spk"]:
            n = len(prev["words"])
            k = rng.randint(max(0, n - 3), n - 1)
            start = r2(prev["words"][k][0] + 0.06)
            inter = prev
        else:
            start = t_end + rng.uniform(0.35, 1.25) + tu["hold"]
            if segs == []:
                start = rng.uniform(0.3, 1.4)
            if tu["min_start"] is not None and start < tu["min_start"]:
                start = tu["min_start"] + rng.uniform(0.3, 2.5)
            start = r2(start)
        t = start
        words = []
        sp = fast if tu["spk"] == "customer" else 1.0
        for w in toks:
            d = min(0.55, 0.15 + 0.045 * len(w)) * rng.uniform(0.85, 1.15) * sp
            ws = r2(t)
            we = r2(max(t + d, ws + 0.05))
            words.append([ws, we, w])
            t = we + rng.uniform(0.02, 0.12)
        pstart = {}
        for (ws, _we, _w), pi in zip(words, owners, strict=False):
            pstart.setdefault(pi, ws)
        seg = {"speaker": tu["spk"], "start": words[0][0], "end": words[-1][1], "words": words,
               "text": " ".join(toks), "turn": tu, "pstart": pstart, "inter": None}
        if inter is not None:
            seg["inter"] = {"speaker": tu["spk"], "interrupted": inter["speaker"],
                            "start_s": seg["start"],
                            "overlap_s": r2(min(inter["end"], seg["end"]) - seg["start"])}
        segs.append(seg)
        t_end = max(t_end, seg["end"])
    return segs


def tag_times(segs):
    out = {}
    for s in segs:
        for pi, p in enumerate(s["turn"]["pieces"]):
            for tag in p["tags"]:
                out.setdefault(tag, []).append((s["pstart"][pi], s["start"], s["speaker"]))
    return out


def anger_start(segs):
    for s in segs:
        if s["speaker"] == "customer" and s["turn"]["sent"] == "negative":
            return s["start"]
    return None


WINDOWS = {"inbound": [("greet", 20), ("company", 20), ("name", 30), ("offer", 45)],
           "outbound": [("name", 30), ("company", 30), ("purpose", 60), ("record", 60),
                        ("consent", 90)]}


def edges_ok(direction, segs, tt, end):
    checks = list(WINDOWS[direction])
    if direction == "inbound":
        checks += [("thanks", end - 25), ("bye", end - 25)]
        for tag in ("thanks_mid", "bye_colleague"):
            for t, _s, _sp in tt.get(tag, []):
                if t > end - 28:
                    return False
    a = anger_start(segs)
    if a is not None:
        checks += [("empathy", a), ("empathy", a + 20)]
    for tag, edge in checks:
        for t, sst, spk in tt.get(tag, []):
            if spk != "agent":
                continue
            if abs(t - edge) < 2.0 or (sst < edge) != (t < edge):
                return False
    return True


def compute_truth(lang, direction, segs, tt, end):
    def ag(tag):
        return [t for t, _s, spk in tt.get(tag, []) if spk == "agent"]

    def pf(b):
        return "pass" if b else "fail"

    tr = {k: "not_applicable" for k in KEYS}
    if direction == "inbound":
        g = ag("greet")
        tr["inbound/greeting"] = pf(any(t < 20 for t in g))
        tr["inbound/company_name"] = pf(any(t < 20 for t in ag("company")))
        tr["inbound/self_intro"] = pf(any(t < 30 for t in ag("name")))
        tr["inbound/offer_help"] = pf(any(t < 45 for t in ag("offer")))
        tr["inbound/confirm_problem"] = pf(bool(ag("restate")))
        tr["inbound/resolution"] = pf(bool(ag("resolve")))
        tr["inbound/anything_else"] = pf(bool(ag("anyelse")))
        th = [t for t in ag("thanks") if t > end - 25]
        by = [t for t in ag("bye") if t > end - 25]
        tr["inbound/thanks"] = pf(bool(th))
        tr["inbound/goodbye"] = pf(bool(by))
        if tr["inbound/greeting"] == "pass" and tr["inbound/resolution"] == "pass":
            tr["inbound/greeting_before_resolution"] = pf(min(ag("resolve")) > min(g))
        if th and by:
            tr["inbound/thanks_before_goodbye"] = pf(min(th) < min(by))
    else:
        tr["outbound/identify_self"] = pf(any(t < 30 for t in ag("name")))
        tr["outbound/identify_company"] = pf(any(t < 30 for t in ag("company")))
        tr["outbound/purpose"] = pf(any(t < 60 for t in ag("purpose")))
        tr["outbound/recording_disclosure"] = pf(any(t < 60 for t in ag("record")))
        if tr["outbound/recording_disclosure"] == "pass":
            tr["outbound/consent"] = pf(any(t < 90 for t in ag("consent")))
    a = anger_start(segs)
    if a is not None:
        tr["angry_caller/empathy"] = pf(any(a <= t <= a + 20 for t in ag("empathy")))
        neg = [(s["start"], s["end"]) for s in segs
               if s["speaker"] == "customer" and s["turn"]["sent"] == "negative"]
        bad = any(s["inter"] and s["speaker"] == "agent" and any(a0 < s["start"] < b0
                                                                  for a0, b0 in neg)
                  for s in segs)
        tr["angry_caller/no_interrupting_angry_customer"] = pf(not bad)
    tr["angry_caller/no_blame"] = pf(not ag("blame"))
    tr["forbidden/profanity"] = pf(not ag("swear"))
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = pf(not ag("strict"))
    tr["forbidden/rude"] = pf(not ag("rude"))
    tr["forbidden/no_card_readback"] = pf(not ag("card"))
    return tr


# independent text check: words, times, sentiment, metadata and metrics only
KW = {
    "en": {
        "greet": ["hello", "hi", "hey", "morning", "afternoon", "evening", "welcome"],
        "company": ["acme"] + EN_ACME,
        "offer": ["help", "assist", "assistance", "what can", "how can", "how may",
                  "what brings"],
        "anyelse": ["anything else", "something else", "any other"],
        "thanks": ["thank", "thanks", "cheers"],
        "bye": ["bye", "goodbye", "take care", "have a", "enjoy the rest", "all the best",
                "good night"],
        "record": ["record", "recorded", "recording"],
        "empathy": ["sorry", "understand", "apologise", "apologies", "stressful", "horrible",
                    "awful", "upsetting"],
        "swear": ["fuck", "fucking", "shit", "shitty", "bollocks", "bastard", "piss", "arse",
                  "crap", "bloody"],
        "code": ["code", "cvv"],
    },
    "vi": {
        "greet": ["chào", "alô", "alo"],
        "company": ["abc"] + VI_ABC,
        "offer": ["giúp", "hỗ trợ", "cần gì"],
        "anyelse": ["gì khác", "gì nữa", "cần thêm"],
        "thanks": ["cảm ơn", "cám ơn"],
        "bye": ["chào", "tạm biệt", "chúc", "bye"],
        "record": ["ghi âm"],
        "empathy": ["xin lỗi", "hiểu", "thông cảm", "tiếc", "bực"],
        "swear": ["đéo", "địt", "đụ", "vãi", "lồn", "fuck", "shit"],
        "code": ["mã bảo mật", "cvv", "code"],
    },
}
STRICT = ["đéo", "địt", "đụ", "vãi", "lồn"]


def tok_match(lang, tok, kw):
    if tok == kw:
        return True
    return bool(lang == "vi" and not has_marks(tok) and tok == strip_marks(kw))


def agent_tokens(row):
    out = []
    for s in row["segments"]:
        if s["speaker"] == "agent":
            for ws, _we, w in s["words"]:
                out.append((ws, clean_tok(w).lower()))
    return out


def find_kw(lang, toks, kws, lo=-1.0, hi=1e9, prefix=False):
    hits = []
    for kw in kws:
        parts = kw.split()
        for i in range(len(toks) - len(parts) + 1):
            if not (lo <= toks[i][0] < hi):
                continue
            ok = True
            for j, part in enumerate(parts):
                tk = toks[i + j][1]
                if prefix and len(parts) == 1:
                    if not (tk.startswith(part) or tok_match(lang, tk, part)):
                        ok = False
                elif not tok_match(lang, tk, part):
                    ok = False
            if ok:
                hits.append((i, kw))
    return hits


def text_check(row):
    lang = row["language"]
    tr = row["truth"]
    K = KW[lang]
    toks = agent_tokens(row)
    end = max(s["end"] for s in row["segments"])
    d = row["metadata"]["direction"]
    given = row["metadata"]["agent_name"].split()[0 if lang == "en" else -1].lower()

    def none(kind, lo=-1.0, hi=1e9, prefix=False):
        return not find_kw(lang, toks, K[kind], lo, hi, prefix)

    if d == "inbound":
        if tr["inbound/greeting"] == "fail" and not none("greet", hi=21):
            return "greet"
        if tr["inbound/company_name"] == "fail" and not none("company", hi=21):
            return "company"
        if tr["inbound/self_intro"] == "fail" and not none_name(lang, toks, given, 31):
            return "name"
        if tr["inbound/offer_help"] == "fail" and not none("offer", hi=46, prefix=True):
            return "offer"
        if tr["inbound/anything_else"] == "fail":
            for i, _kw in find_kw(lang, toks, K["anyelse"]):
                nxt = toks[i + 2][1] if i + 2 < len(toks) else ""
                prv = toks[i - 1][1] if i > 0 else ""
                if not (nxt == "to" or tok_match(lang, prv, "làm")):
                    return "anyelse"
        if tr["inbound/thanks"] == "fail" and not none("thanks", lo=end - 26, prefix=True):
            return "thanks"
        if tr["inbound/goodbye"] == "fail" and not none("bye", lo=end - 26):
            return "bye"
        if tr["inbound/thanks_before_goodbye"] == "fail":
            b = find_kw(lang, toks, K["bye"], lo=end - 25)
            t = find_kw(lang, toks, K["thanks"], lo=end - 25, prefix=True)
            if not (b and t and min(b)[0] < min(t)[0]):
                return "tbg"
    else:
        if tr["outbound/identify_self"] == "fail" and not none_name(lang, toks, given, 31):
            return "name"
        if tr["outbound/identify_company"] == "fail" and not none("company", hi=31):
            return "company"
        if tr["outbound/recording_disclosure"] == "fail" and not none("record", hi=61,
                                                                     prefix=True):
            return "record"
    negs = [s for s, se in zip(row["segments"], row["sentiment"], strict=False)
            if s["speaker"] == "customer" and se == "negative"]
    if negs:
        a = negs[0]["start"]
        if tr["angry_caller/empathy"] == "fail" and not none("empathy", lo=a, hi=a + 21):
            return "empathy"
        bad = any(it["speaker"] == "agent" and any(n["start"] < it["start_s"] < n["end"]
                                                   for n in negs)
                  for it in row["metrics"]["interruptions"])
        if bad != (tr["angry_caller/no_interrupting_angry_customer"] == "fail"):
            return "interrupt"
    elif tr["angry_caller/empathy"] != "not_applicable":
        return "anger"
    if lang == "en":
        sw = bool(find_kw(lang, toks, K["swear"], prefix=True))
    else:
        sw = any(w in K["swear"] for _t, w in toks)
    if sw != (tr["forbidden/profanity"] == "fail"):
        return "swear"
    if lang == "vi":
        st = any(w in STRICT for _t, w in toks)
        if st != (tr["forbidden/profanity_vi_strict"] == "fail"):
            return "strict"
    card = False
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        ws = [clean_tok(w[2]).lower() for w in s["words"]]
        run = 0
        for w in ws:
            run = run + len(w) if w.isdigit() else 0
            if run >= 12:
                card = True
        for i in range(len(ws)):
            for kw in K["code"]:
                n = len(kw.split())
                if " ".join(ws[i:i + n]) == kw:
                    nxt = ws[i + n:i + n + 3]
                    if any(x.isdigit() and len(x) == 3 for x in nxt):
                        card = True
    if card != (tr["forbidden/no_card_readback"] == "fail"):
        return "card"
    return None


def none_name(lang, toks, given, hi):
    return not any(t < hi and tok_match(lang, w, given) for t, w in toks)


def structure_check(row):
    if list(row["truth"]) != KEYS:
        return "keys"
    if row["faults"] != [k for k in KEYS if row["truth"][k] == "fail"]:
        return "faults"
    segs = row["segments"]
    if len(segs) != len(row["sentiment"]):
        return "sentiment"
    inter_starts = {(i["speaker"], i["start_s"]) for i in row["metrics"]["interruptions"]}
    prev = None
    for s in segs:
        if " ".join(w[2] for w in s["words"]) != s["text"]:
            return "join"
        last = s["start"]
        for ws, we, _w in s["words"]:
            for x in (ws, we):
                if abs(x * 100 - round(x * 100)) > 1e-6:
                    return "grid"
            if ws < last - 1e-9 or we <= ws or ws < s["start"] - 1e-9 or we > s["end"] + 1e-9:
                return "order"
            last = we
        if prev is not None:
            if s["start"] < prev["start"]:
                return "seg_order"
            if s["start"] < prev["end"] and (s["speaker"], s["start"]) not in inter_starts:
                return "overlap"
        prev = s
    for rv in row["metrics"]["raised_voice"]:
        if not any(s["speaker"] == "customer" and se == "negative"
                   and s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
                   for s, se in zip(segs, row["sentiment"], strict=False)):
            return "raised"
    end = max(s["end"] for s in segs)
    if not 50 <= end <= 240:
        return "length"
    if row["categories"] != sorted(row["categories"]):
        return "cats"
    return None


# ---------------------------------------------------------------------------------------------
# Planning and the main loop
# ---------------------------------------------------------------------------------------------
def conflicts(faults, keys):
    return any(a in faults and b in keys or b in faults and a in keys for a, b in APART)


def plan_language(lang):
    rng = srng(lang, "plan")
    P = PACKS[lang]
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    rng.shuffle(dirs)
    longs = set(rng.sample(range(150), 50))
    calls = [{"dir": d, "faults": [], "long": i in longs} for i, d in enumerate(dirs)]
    inb = [i for i in range(150) if dirs[i] == "inbound"]
    outb = [i for i in range(150) if dirs[i] == "outbound"]
    free = set(rng.sample(inb, 16)) | set(rng.sample(outb, 6))
    gen = []
    for k in GEN_KEYS:
        if lang == "vi" and k == "forbidden/profanity":
            gen += ["STRICT"] * 10
        else:
            gen += [k] * 9
    rng.shuffle(gen)
    tasks = [(k, "outbound") for k in OUT_KEYS for _ in range(9)]
    tasks += [(k, "outbound") for k in gen[:14]]
    tasks += [(k, "inbound") for k in IN_KEYS for _ in range(9)]
    tasks += [(k, "inbound") for k in gen[14:]]
    rng.shuffle(tasks)
    tight = {"inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
             "outbound/consent", "STRICT"}
    tasks.sort(key=lambda t: 0 if t[0] in tight else 1)
    for k, d in tasks:
        keys = ["forbidden/profanity", "forbidden/profanity_vi_strict"] if k == "STRICT" else [k]
        pool = inb if d == "inbound" else outb
        cands = [i for i in pool if i not in free
                 and not any(x in calls[i]["faults"] for x in keys)
                 and len(calls[i]["faults"]) + len(keys) <= 3
                 and not conflicts(calls[i]["faults"], keys)]
        rng.shuffle(cands)
        cands.sort(key=lambda i: len(calls[i]["faults"]))
        calls[cands[0]]["faults"] += keys
    # anger
    angry = [i for i in range(150) if "angry_caller/empathy" in calls[i]["faults"]
             or "angry_caller/no_interrupting_angry_customer" in calls[i]["faults"]]
    others = [i for i in range(150) if i not in angry]
    rng.shuffle(others)
    angry = set(angry) | set(others[:34 - len(angry)])
    for i, c in enumerate(calls):
        c["anger"] = None
        if i in angry:
            intf = "angry_caller/no_interrupting_angry_customer" in c["faults"]
            if c["dir"] == "inbound":
                modes = ["with_problem"] * 4 + ["after_restate"] * 3 + ["late"] * 2
                if not intf:
                    modes += ["cold"] * 2
            else:
                modes = ["with_problem"] * 3 + ([] if intf else ["cold"])
            c["anger"] = rng.choice(modes)
    # scenarios, agents, speakers, conduct lines
    for d, lst in (("inbound", P["IN"]), ("outbound", P["OUT"])):
        idx = [i for i in range(150) if dirs[i] == d]
        order = []
        while len(order) < len(idx):
            chunk = list(range(len(lst)))
            rng.shuffle(chunk)
            order += chunk
        for i, j in zip(idx, order, strict=False):
            calls[i]["scenario"] = lst[j]
    agents = list(P["AGENTS"])
    for i, c in enumerate(calls):
        c["agent"] = agents[(i * 5) % len(agents)]
    T = P["T"]
    for key, tag in (("swear", ("forbidden/profanity",)), ("blame", ("angry_caller/no_blame",)),
                     ("rude", ("forbidden/rude",))):
        lines = list(T[key])
        rng.shuffle(lines)
        holders = [c for c in calls if tag[0] in c["faults"]]
        for c, line in zip(holders, lines, strict=False):
            c[key + "_line"] = line
    for c in calls:
        c["noise"] = rng.choice([0, 1, 1, 2, 2, 2, 3, 3])
    return calls


def make_ctx(lang, call, rng):
    _full, given, style = call["agent"]
    if lang == "en":
        sp = rng.choice(EN_SPEAKERS)
        c = rng.choice(EN_CUSTOMERS)
        spk = {"key": sp[0], "prefix": sp[1], "suffix": sp[2], "fast": sp[3]}
        ctx = {"n": given, "c_full": c, "c": c, "x": "you", "X": "You", "e": "I", "E": "I"}
    else:
        sp = rng.choice(VI_SPEAKERS)
        cg, cf = rng.choice(VI_CUSTOMERS)
        spk = {"key": sp[0], "prefix": sp[3], "suffix": sp[4], "fast": sp[5]}
        ctx = {"n": given, "c_full": cf, "c": cg, "x": sp[1], "X": cap(sp[1]), "e": sp[2],
               "E": cap(sp[2])}
    return ctx, spk, style


def build_call(lang, idx, call, attempt):
    rng = srng(lang, idx, attempt)
    ctx, spk, style = make_ctx(lang, call, rng)
    plan = {"faults": call["faults"], "anger": call["anger"], "scenario": call["scenario"],
            "style": style, "speaker": spk, "ctx": ctx, "long": call["long"],
            "swear_line": call.get("swear_line"), "blame_line": call.get("blame_line"),
            "rude_line": call.get("rude_line")}
    b = Builder(lang, plan, rng)
    head, tail = b.inbound() if call["dir"] == "inbound" else b.outbound()
    lo, hi = (21, 34) if call["long"] else (9, 15)
    base = len(head) + len(tail)
    if base > hi:
        return None, "segcount"
    target = rng.randint(max(lo, base), hi)
    pads = []
    need = (target - base) // 2
    if need > 0:
        pairs = rng.sample(PACKS[lang]["PAD"], min(need, len(PACKS[lang]["PAD"])))
        for q, a in pairs:
            pads.append(b.agent([piece(fmt(q, ctx))]))
            pads.append(turn("customer", [piece(fmt(a, ctx))]))
    turns = head + pads + tail
    if not lo <= len(turns) <= hi:
        return None, "segcount"
    apply_noise(lang, turns, call["noise"], rng)
    segs = time_call(turns, rng, spk["fast"])
    if segs is None:
        return None, "empty"
    end = max(s["end"] for s in segs)
    if not 50 <= end <= 240:
        return None, "length"
    tt = tag_times(segs)
    if not edges_ok(call["dir"], segs, tt, end):
        return None, "edge"
    truth = compute_truth(lang, call["dir"], segs, tt, end)
    fails = [k for k in KEYS if truth[k] == "fail"]
    if sorted(fails) != sorted(call["faults"]):
        return None, "truth"
    if (call["anger"] is None) != (anger_start(segs) is None):
        return None, "anger"
    cats = sorted({c for s in segs if s["speaker"] == "customer"
                   for p in s["turn"]["pieces"] for c in p["cats"]})
    inters, raised = [], []
    for s in segs:
        if s["inter"]:
            inters.append(s["inter"])
        if s["turn"]["raised"]:
            ws = s["words"]
            k = rng.randrange(0, max(1, len(ws) // 2))
            e = ws[-1][1] - rng.uniform(0, 0.3)
            st = ws[k][0]
            if e <= st:
                e = ws[-1][1]
            raised.append({"speaker": "customer", "start_s": r2(st), "end_s": r2(e),
                           "above_median_db": r2(rng.uniform(6, 14))})
    noised = sum(1 for s in segs if s["turn"]["noised"])
    mood = "angry" if call["anger"] else "calm"
    context = "; ".join([call["dir"] + "/" + call["scenario"][0], spk["key"], style,
                         ("long" if call["long"] else "short") + " call",
                         "noise " + str(call["noise"]), mood])
    qrng = srng(lang, idx, "queue")
    row = {
        "id": f"{lang}-heldout14-{idx:03d}",
        "split": SPLIT,
        "language": lang,
        "metadata": {"direction": call["dir"], "queue": qrng.choice(QUEUES[lang][call["dir"]]),
                     "agent_name": call["agent"][0], "language": lang},
        "faults": fails,
        "decoys": b.decoys,
        "context": context,
        "segments": [{"speaker": s["speaker"], "start": s["start"], "end": s["end"],
                      "text": s["text"], "words": s["words"]} for s in segs],
        "sentiment": [s["turn"]["sent"] for s in segs],
        "metrics": {"speaker_separated": True, "interruptions": inters,
                    "raised_voice": raised},
        "truth": truth,
        "categories": cats,
    }
    err = structure_check(row) or text_check(row)
    if err:
        return None, "check:" + err
    row["_noised"] = noised
    return row, None


def build_all():
    rows = []
    stats = {"draws": 0, "why": {}}
    for lang, base in (("en", 0), ("vi", 150)):
        calls = plan_language(lang)
        for j, call in enumerate(calls):
            idx = base + j
            for attempt in range(600):
                stats["draws"] += 1
                row, why = build_call(lang, idx, call, attempt)
                if row is not None:
                    break
                stats["why"][why] = stats["why"].get(why, 0) + 1
            else:
                raise SystemExit(f"could not build {lang} {idx}: {call['faults']} {why}")
            rows.append(row)
    return rows, stats


def dump(rows):
    lines = []
    for r in rows:
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        lines.append(json.dumps(r, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def validate(rows):
    assert len(rows) == 300
    ids = [r["id"] for r in rows]
    assert ids == [f"en-heldout14-{i:03d}" for i in range(150)] + \
        [f"vi-heldout14-{i:03d}" for i in range(150, 300)]
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        assert sum(r["metadata"]["direction"] == "inbound" for r in rs) == 110
        longs = sum(len(r["segments"]) >= 21 for r in rs)
        assert 40 <= longs <= 60, longs
        for r in rs:
            n = len(r["segments"])
            assert 9 <= n <= 15 or 21 <= n <= 34
            assert len(r["faults"]) <= 3
        for k in KEYS:
            fails = sum(r["truth"][k] == "fail" for r in rs)
            if k == "forbidden/profanity_vi_strict":
                assert fails == (0 if lang == "en" else 10), (k, fails)
            else:
                assert fails >= 9, (lang, k, fails)
    for k in KEYS:
        assert sum(r["truth"][k] == "pass" for r in rows) >= 40, k
    assert sum(not r["faults"] for r in rows) >= 40
    for c in CATS:
        assert sum(c in r["categories"] for r in rows) >= 15, c
    for r in rows:
        assert structure_check(r) is None and text_check(r) is None, r["id"]


def tables(rows, stats):
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            rs = [r for r in rows if r["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(r["truth"][k] == v for r in rs)))
        out.append(f"| {k} | " + " | ".join(cells) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        n = [sum((c in r["categories"]) if c != "(none)" else not r["categories"]
                 for r in rows if r["language"] == lang) for lang in ("en", "vi")]
        out.append(f"| {c} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    fc = {}
    for r in rows:
        fc[len(r["faults"])] = fc.get(len(r["faults"]), 0) + 1
    out.append("")
    out.append("Faults per call: " + ", ".join(f"{k} in {fc[k]}" for k in sorted(fc)))
    ang = sum(any(s == "negative" for s in r["sentiment"]) for r in rows)
    rv = sum(bool(r["metrics"]["raised_voice"]) for r in rows)
    it = sum(bool(r["metrics"]["interruptions"]) for r in rows)
    segs = sum(len(r["segments"]) for r in rows)
    noised = sum(r.get("_noised", 0) for r in rows)
    lens = [max(s["end"] for s in r["segments"]) for r in rows]
    out.append(f"Anger in {ang} calls, raised voice in {rv}, interruptions in {it} calls; "
               f"segments {segs}, noised {noised}; length {min(lens):.2f}-{max(lens):.2f} s")
    dc = {}
    for r in rows:
        for d in r["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    out.append("Decoys: " + ", ".join(f"{k} {dc[k]}" for k in sorted(dc)))
    if stats:
        out.append(f"Draws: {stats['draws']}; redraw reasons: "
                   + ", ".join(f"{k} {v}" for k, v in sorted(stats["why"].items())))
    return "\n".join(out)


def main():
    rows, stats = build_all()
    validate(rows)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        if OUT.read_bytes() != data:
            raise SystemExit("heldout14.jsonl differs from a fresh build")
        print("check: heldout14.jsonl is byte-identical to a fresh build")
    else:
        OUT.write_bytes(data)
        print(f"wrote {OUT.name}: {len(rows)} rows")
    print(tables(rows, stats))


if __name__ == "__main__":
    main()
