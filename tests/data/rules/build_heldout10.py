#!/usr/bin/env python3
"""Build heldout10.jsonl: a blind held-out set of 300 labelled call transcripts (issue 7).

Self-contained (standard library only), deterministic (seed 20261204).
    python build_heldout10.py           # build, validate, write, print counts
    python build_heldout10.py --check   # rebuild in memory, compare with the written file
"""
import hashlib
import json
import os
import random
import sys
import unicodedata

SEED = 20261204
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout10.jsonl")

RULES = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent",
    "angry_caller/empathy", "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
IN_RULES = RULES[:11]
OUT_RULES = RULES[11:16]
GEN_RULES = ["angry_caller/empathy", "angry_caller/no_blame",
             "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
             "forbidden/rude", "forbidden/no_card_readback"]
CATS = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
        "address_change", "payment", "fraud"]
SHORT = {k.split("/")[1]: k for k in RULES}

# ---------------------------------------------------------------------------------------------
# English content
# ---------------------------------------------------------------------------------------------
# scenario: key, cats, mood, problem, detail, confirm, ask (new-info question), echo,
#           resolution, customer next step, angry line (aimed at the bank)
EN_IN = [
    ("payroll_portal", "outage", "calm",
     "I run a little bakery and your business portal will not take this "
     "month's payroll file, my staff are meant to be paid tomorrow",
     "it just says error five oh two every time I press "
     "upload, I've tried three times since breakfast",
     "okay, so the payroll upload on your business portal keeps "
     "failing with an error and your team are due their wages tomorrow",
     "and how many employees are on that payroll run?", "the payroll file?",
     "I've pushed the file through our back office route instead, it will process tonight and your "
     "staff get paid first thing tomorrow, and a confirmation email comes to you within the hour",
     "right so I'll watch for that email and tell the girls their money's coming",
     "this is the second month running your portal has done this to me, it's a joke"),
    ("student_overdraft_fee", "billing refund", "calm",
     "I've got a student account and you've charged me a twenty pound "
     "overdraft fee, I thought students didn't pay those, I want it back",
     "it's on the statement dated the fifth, I only went over by about three quid",
     "so you were charged a twenty pound overdraft fee on your student account even "
     "though that overdraft should be fee free, and you'd like the money returned",
     "was that on the current account or the savings pot?", "an overdraft fee?",
     "the student overdraft is fee free up to fifteen hundred so that charge was wrong, "
     "I've put the twenty pounds back just now and it will show in your balance tonight",
     "so I'll check the app tonight and it should be back",
     "you lot are happy to take money off students who've got nothing, it's disgraceful"),
    ("car_loan_settle", "payment", "calm",
     "I want to pay off the rest of my car loan in one go, I've had a bonus from work",
     "the loan's for the Corolla, I reckon there's about four thousand left on it",
     "so you'd like to settle the whole remaining balance "
     "on your car loan today with a single payment",
     "is the loan in your sole name or joint?", "the car loan?",
     "your settlement figure is four thousand one hundred and twelve "
     "pounds, I can take that now by debit card and the loan closes "
     "today, with the release letter posted within five working days",
     "okay so I'll wait for the letter then send a copy to the garage",
     "I've been trying to pay this off for a week and your branch keeps fobbing me off"),
    ("insurance_addon", "billing cancellation refund", "calm",
     "there's a travel insurance charge coming out every month that I "
     "never asked for, I want it cancelled and I want my money back",
     "it's eight ninety nine a month and it started in March when I opened the account",
     "so a monthly travel insurance add-on has been charging you eight ninety nine "
     "since March, you never agreed to it, and you want it stopped and refunded",
     "did you open the account in branch or online?", "travel insurance?",
     "I've cancelled the insurance add-on from today and raised a refund of all six payments, "
     "fifty three pounds ninety four, which lands in your account within five working days",
     "right, I'll keep an eye out and ring back if it's not in by Friday",
     "you sneaked that on without a word, that's shady behaviour from a bank"),
    ("qr_market", "outage refund", "calm",
     "I was paying a fish seller at the market with your QR scan and the app "
     "said payment failed but the money has left my account, I want it back",
     "it was twelve fifty, at about half ten this morning",
     "so your QR payment at the market showed as failed in the app but the "
     "twelve fifty still came out of your balance, and you want it returned",
     "did the seller's screen show anything at all?", "the fish seller?",
     "that payment got stuck as pending on our side, I've reversed it now "
     "so the twelve fifty will be back in your balance within two hours",
     "okay so I'll go back and pay the man in cash tomorrow",
     "your app fails every single time I use it at the "
     "market, I'm embarrassed in front of the stall holders"),
    ("ewallet_topup", "refund", "calm",
     "I topped up my e-wallet from my debit card on Sunday, the forty pounds "
     "left my account but never reached the wallet, I'd like it refunded",
     "the wallet company says they never received a penny from your end",
     "so forty pounds was taken for an e-wallet top-up on Sunday, "
     "the wallet never got it, and you're asking for the money back",
     "which e-wallet provider was it?", "the e-wallet?",
     "the top-up was rejected by the wallet and the funds are sitting with us, I've "
     "released the forty pounds back to your account and you'll see it by tomorrow morning",
     "grand so I'll try the top-up again tomorrow with my other card",
     "I've been passed between your bank and the wallet "
     "people for four days, nobody takes responsibility"),
    ("standing_order_rent", "payment", "calm",
     "I need to set up a standing order to pay my landlord "
     "every month, the new lease starts on the first",
     "it's six fifty on the first of every month, I've got his sort code and account number here",
     "so you want a monthly standing order of six hundred and "
     "fifty pounds to your landlord, starting on the first",
     "would you like a reference to show on his statement?", "your landlord?",
     "that's set up now, six fifty goes out on the first of each month "
     "starting next month, and you'll see it under payments in the app",
     "perfect, I'll text him and let him know it's sorted",
     "I tried to do this in your app and it kept timing out, your systems are useless"),
    ("cheque_returned", "billing", "calm",
     "a cheque a customer gave me bounced and now you've charged me a fee for it, that's not fair",
     "it was for a joinery job, three hundred quid, and the fee was fifteen",
     "so a cheque you paid in from a customer came back unpaid and "
     "you were charged a fifteen pound returned cheque fee on top",
     "do you have the cheque number handy?", "a cheque?",
     "as it wasn't your doing and it's your first returned item, I've waived the fifteen pound "
     "fee, and the cheque itself is being posted back so you can take it up with your customer",
     "right so I'll chase the customer once the cheque arrives",
     "so I get stiffed by a customer and then my own bank fines me, brilliant"),
    ("joint_close", "cancellation", "calm",
     "me and my ex had a joint account and I want it closed now we've split up",
     "there's about two hundred left in it, we've agreed to split it down the middle",
     "so you'd like the joint account you hold with your ex-partner "
     "closed and the remaining balance divided between you",
     "does your ex-partner know you're calling today?", "the joint account?",
     "to close a joint account we need both signatures, so I'm posting "
     "a closure form to each of you today, and once both are back the "
     "account closes and the balance is split within three days",
     "okay so I'll get him to sign his when it arrives",
     "I've asked twice in branch and nobody has done a thing, it's ridiculous"),
    ("attorney_mum", "address_change", "calm",
     "I've got power of attorney for my mum now, she's gone into a "
     "care home and I need her statements sent to my address instead",
     "the attorney document was registered last month, I've got the reference here",
     "so you hold power of attorney for your mum, she's moved into "
     "care, and you want her post redirected to your own address",
     "do you hold the attorney alone or jointly with a sibling?", "your mum's statements?",
     "if you upload the registered attorney document through the secure "
     "link I'm texting you now, we'll add you as attorney within seven "
     "days and switch her correspondence address to yours at the same time",
     "so I upload it tonight and wait a week",
     "I've sent this form three times by post and your bank keeps losing it"),
    ("inheritance_dad", "cancellation", "grief",
     "my dad passed away last week and I don't know what to do about "
     "his accounts, I need to close them, I'm a bit all over the place",
     "he had a current account and a savings account, he banked with you for fifty years",
     "so your father has recently died and you need his current and savings accounts closed",
     "are you the executor named in his will?", "his accounts?",
     "our bereavement team will handle everything, I'm registering it now and "
     "they'll ring you within two working days, and you just need to post a "
     "copy of the death certificate to the freepost address I'm texting you",
     "okay so I'll dig out the certificate and post it on Monday", ""),
    ("transfer_lagos", "billing refund", "calm",
     "I sent money to my brother in Lagos on Monday and it hasn't arrived, but "
     "you took a twenty five pound fee, I want my money back if it's not going",
     "it was eight hundred pounds to his account over there",
     "so your eight hundred pound transfer to your brother in Lagos hasn't reached him, "
     "you paid a twenty five pound fee, and if it can't go through you want a full refund",
     "do you have the SWIFT code you used?", "Lagos?",
     "the payment was held by the receiving bank because the account "
     "name had a spelling difference, I've corrected it and re-sent it "
     "now, it will arrive within twenty four hours with no further fee",
     "so I'll call my brother and tell him tomorrow",
     "every time I send money home your bank holds it, you're treating me like a criminal"),
    ("salary_advance_twice", "billing refund", "calm",
     "I took a salary advance last month and the repayment "
     "has come out twice, I need one of them back",
     "two payments of two hundred on the twenty eighth",
     "so the repayment on your salary advance was taken twice "
     "on the twenty eighth and you need the duplicate returned",
     "is your salary paid into this same account?", "twice?",
     "I can see the duplicate, I've refunded the second two hundred "
     "now and it will be back in your account by five o'clock today",
     "alright I'll check after five then",
     "I'm already short this month and now your bank takes double, unbelievable"),
    ("credit_limit_wedding", "", "calm",
     "I'd like to ask for a higher limit on my credit card, we've got a wedding coming up",
     "it's three thousand at the moment, I was hoping for six",
     "so you're looking to raise your credit card limit from "
     "three thousand to around six for the wedding costs",
     "has your income changed since you opened the card?", "six thousand?",
     "based on your account history I can approve a new limit of five thousand five "
     "hundred right now, it's live immediately and the new terms come by email",
     "okay so I can book the venue this afternoon",
     "I've been with you twelve years and I've been refused twice online, it's insulting"),
    ("card_wrong_address", "address_change", "calm",
     "my replacement card has gone to my old address, I moved three "
     "months ago, can you update my address properly this time",
     "the old address is in Leeds, I'm in Harrogate now",
     "so your replacement card went to your previous address in Leeds even "
     "though you'd moved to Harrogate, and your address on file needs changing",
     "when did you first let us know about the move?", "your old address?",
     "I've stopped the card that went to Leeds so it can't be used, changed your address "
     "to Harrogate, and ordered a new card that arrives within five working days",
     "fine, I'll tell the new tenants to bin it if it turns up",
     "I told you lot about the move twice, how hard is it to change an address"),
    ("bag_stolen_bus", "card_lost", "calm",
     "my handbag was snatched at the bus stop in town and my debit card was in it, please block it",
     "it was about an hour ago, my purse and my phone charger went too",
     "so your handbag with your debit card inside was stolen "
     "about an hour ago and the card needs blocking straight away",
     "have you reported it to the police yet?", "your handbag?",
     "I've blocked the card now so nobody can use it, and a replacement reaches "
     "you in three to five working days with the new PIN sent separately",
     "so I'll go to the police station after this for a report",
     "I've been stuck on hold twenty minutes while a thief has my card, this is terrible service"),
    ("card_dropped_market", "card_lost cancellation", "calm",
     "I think I dropped my card at the Saturday market, can you cancel it for me",
     "I last used it at the veg stall about eleven",
     "so you've lost your card at the market this morning and you want it cancelled",
     "do you have any other cards with us?", "the market?",
     "that card is cancelled now and a new one is on its way to you, it should arrive by Wednesday",
     "okay so I'll use cash till Wednesday",
     "your lost card line put me through three menus and cut me off, it's a shambles"),
    ("business_card_fraud", "fraud", "fear",
     "there are payments on our business card I don't recognise, three "
     "of them to some online electronics shop, I'm really worried",
     "they're all from last night, about nine hundred in total",
     "so three payments you don't recognise to an online electronics retailer went "
     "through last night on your business card, about nine hundred altogether",
     "is anyone else in the company a cardholder?", "nine hundred?",
     "I've stopped the card and opened a fraud claim for all three payments, the nine "
     "hundred is credited back within ten working days and a new card is on the way",
     "so I'll tell my accountant to expect the credits",
     "how did your fraud system let three big payments through in one night, it's useless"),
    ("wallet_fraud", "fraud", "fear",
     "someone's been topping up an e-wallet with my card, four "
     "top-ups I never made, I'm scared they've got all my details",
     "fifty each, yesterday afternoon",
     "so there were four fifty pound e-wallet top-ups yesterday afternoon that you didn't make",
     "have you typed your card details into any new website recently?", "four top-ups?",
     "I've blocked the card and disputed all four top-ups, the two hundred will be back in "
     "your account within five days while we investigate, and a new card is posted today",
     "right so I'll change my passwords tonight",
     "why didn't your bank spot four top-ups in a row, what's the point of you"),
    ("app_crash_passcode", "outage", "calm",
     "your app crashes as soon as I put my passcode "
     "in, it's been like that since yesterday's update",
     "I'm on an Android phone, I've reinstalled it twice",
     "so since yesterday's update the app closes itself as "
     "soon as you enter your passcode, even after reinstalling",
     "which version of Android are you on?", "the passcode?",
     "that's a known fault with the latest update on some Android phones, a fix goes "
     "out tonight, and until then you can log in on our website with the same details",
     "okay I'll use the website until tomorrow",
     "I can't even see my own money because your app is broken, it's pathetic"),
    ("website_council_tax", "outage payment", "calm",
     "I'm trying to pay my council tax through your website and it keeps freezing at the last step",
     "it's two hundred and four pounds, due today",
     "so the website freezes on the final step when you "
     "try to pay your council tax, and it's due today",
     "which browser are you using?", "council tax?",
     "I can take that payment for you right now over the phone, two hundred "
     "and four to the council, it reaches them today so you won't be late",
     "so I'll write down the confirmation number for my records",
     "your website has been rubbish for weeks now"),
    ("shop_terminal", "outage", "calm",
     "the card machine you supplied for my shop has stopped working, it just says no connection",
     "it's the little grey one, customers have been paying cash all morning",
     "so the card terminal we supplied for your shop is showing "
     "no connection and you can't take card payments this morning",
     "is it plugged into the router or on mobile data?", "no connection?",
     "there's a fault on that terminal's SIM, I've pushed a reset now, restart it in two "
     "minutes and it will connect, and if it doesn't an engineer swaps it tomorrow morning",
     "so I'll switch it off and on in two minutes",
     "I'm losing sales every hour because your machine is dead, this is costing me a fortune"),
    ("fee_increase", "billing", "calm",
     "my monthly account fee has gone up from five to twelve pounds and nobody told me",
     "I saw it on my statement this morning",
     "so the monthly fee on your account has risen from "
     "five to twelve pounds without you being told",
     "is the account a packaged one with insurance included?", "twelve pounds?",
     "the fee changed because the account was moved to a packaged plan, I've switched you back "
     "to the five pound plan from today and the extra seven is credited on your next statement",
     "good, so it will be back to five next month",
     "you can't just double a fee without a word, that's daylight robbery"),
    ("pay_credit_card", "payment", "calm",
     "I'd like to make a payment to clear my credit card balance please",
     "it's about eight hundred and something, I want to pay all of it",
     "so you'd like to pay off your full credit card balance today",
     "which account would you like to pay from?", "the full balance?",
     "your balance is eight hundred and thirty six pounds twenty, I've taken the "
     "payment from your current account and it shows as cleared straight away",
     "lovely, so I'll cut up the old statement",
     "I tried paying in the app last time and it went through twice, so I don't trust your app"),
    ("fees_canada", "payment", "calm",
     "I need to pay my daughter's university fees in "
     "Canada, it's my first time sending money abroad",
     "it's eleven thousand Canadian dollars, the university gave me their bank details",
     "so you want to send a payment of eleven thousand "
     "Canadian dollars to your daughter's university in Canada",
     "does the university give you a payment reference number?", "Canada?",
     "I can send that now, at today's rate it's six thousand three hundred and eight pounds plus "
     "a fifteen pound fee, and it arrives in two working days with the student reference attached",
     "so I'll tell her to let the university know it's on its way",
     "your branch told me this couldn't be done and sent me home, what a waste of a morning"),
    ("move_cork", "address_change", "calm",
     "I've moved house to Cork and I need to change my address on the account",
     "the new place is seven Ballyhooly Road",
     "so you've moved and the address on your account needs changing to your new home in Cork",
     "is that a permanent move or temporary?", "Cork?",
     "I've updated your address to seven Ballyhooly Road in Cork, all your "
     "post goes there from today and you'll get a letter confirming it",
     "grand so I'll look out for the letter",
     "I filled in your online form twice and it never saved, it's useless"),
    ("cancel_life_cover", "cancellation", "calm",
     "I want to cancel the life cover I took out with "
     "my account, I've got a policy through work now",
     "it's the one for fourteen pounds a month",
     "so you want to cancel the fourteen pound monthly life cover "
     "linked to your account because you're now covered through work",
     "when did you take the policy out?", "life cover?",
     "I've cancelled the policy from today, there'll be no more payments "
     "and you'll get written confirmation in the post within a week",
     "okay I'll file the letter when it comes",
     "I've been trying to cancel this for two months and your people keep transferring me"),
    ("cancel_gym_order", "cancellation", "calm",
     "please cancel the standing order to my old gym, I've left",
     "it's thirty pounds on the fifteenth",
     "so you'd like the thirty pound monthly standing order to your old gym stopped",
     "did the gym ask you to give notice?", "the gym?",
     "that standing order is cancelled now, nothing goes out on the fifteenth or after",
     "okay so I'll tell the gym it's done",
     "I asked for this in branch last month and it still went out, honestly"),
    ("car_loan_rate", "billing", "calm",
     "my car loan statement shows an interest charge that's way more than the rate I signed up for",
     "it says nine point nine percent but my agreement says four point nine",
     "so your car loan statement is charging nine point nine "
     "percent interest when your agreement was for four point nine",
     "do you have the agreement date to hand?", "nine point nine?",
     "the loan was set up with the wrong rate, I've corrected it to four point nine and "
     "the overcharged interest, sixty two pounds, comes off your next monthly payment",
     "so I'll check the next statement then",
     "you've been overcharging me for months, I'm sick of your bank's mistakes"),
    ("order_went_anyway", "refund", "calm",
     "I cancelled a standing order but it still went out, I want that money back",
     "it was ninety pounds to a storage company on Tuesday",
     "so a ninety pound standing order to the storage firm went out on "
     "Tuesday although you'd already cancelled it, and you want it returned",
     "did you cancel it in the app or in branch?", "ninety pounds?",
     "our records show you cancelled it on Friday so it shouldn't have gone, "
     "I've refunded the ninety pounds now and it appears within two hours",
     "right so I'll check in a couple of hours",
     "I cancel something and your bank pays it anyway, what a useless system"),
    ("card_stolen_used", "card_lost fraud", "fear",
     "my card was stolen from my coat at work and now there are purchases on it I didn't make",
     "there's a petrol station and a phone shop, I didn't do either",
     "so your card was taken from your coat at work and it has since been "
     "used at a petrol station and a phone shop without your permission",
     "when did you last use the card yourself?", "a phone shop?",
     "the card is blocked now, both payments are disputed and you'll have the "
     "money back within five working days, and a new card is coming in the post",
     "so I'll report it to the police this evening",
     "how was a stolen card allowed to buy a phone, your checks are a joke"),
    ("chequebook_move", "address_change", "calm",
     "I'd like a new cheque book please dear, and I've moved "
     "in with my daughter so the address wants changing",
     "I'm at twenty two Elm Grove now, with my daughter Susan",
     "so you need your address changed to your daughter's "
     "home and a new cheque book sent out there",
     "would you like the cheque book with twenty five or fifty cheques?", "a cheque book?",
     "I've changed your address to twenty two Elm Grove and ordered "
     "a new cheque book, it arrives there within seven days",
     "lovely, so Susan will look out for the postman",
     "I wrote to your bank twice about this and nobody bothered to reply"),
    ("escalate_branch", "complaint", "calm",
     "I want to make a formal complaint, the manager at your "
     "Kingston branch was very rude to me and I want it escalated",
     "it was Thursday, I was trying to pay in my shop takings",
     "so you'd like to make a formal complaint about how the Kingston "
     "branch manager treated you on Thursday, and you want it escalated",
     "what time were you in the branch?", "Kingston?",
     "I've logged a formal complaint with reference C M P four four seven one and "
     "sent it to the regional manager, who will contact you within five working days",
     "so I'll wait for the regional manager's call",
     "I've banked with you thirty years and I've never been spoken to like that"),
    ("add_joint_holder", "", "calm",
     "I want to add my husband to my account as a joint holder",
     "we've just got married and it's easier for the bills at home",
     "so you'd like to turn your account into a joint account with your husband",
     "does your husband already bank with us?", "your husband?",
     "I'm sending a joint account form to your email now, once you've both "
     "signed it and he's shown his ID at any branch he'll be added the same day",
     "so we'll both go into the branch on Saturday",
     "I asked for this form months ago and it never came, it's so disorganised"),
]

# outbound: key, cats (from the customer's answer), mood, purpose, customer reply,
#           agent follow-up, customer reaction, angry line
EN_OUT = [
    ("loan_overdue", "payment", "calm",
     "I'm calling about this month's car loan payment, it didn't go through on the third",
     "oh no, I changed accounts for my salary, can I make the payment now over the phone?",
     "of course, I've taken the two hundred and sixty from your "
     "debit card now and it's marked as paid with no late fee",
     "brilliant, that's a weight off",
     "you lot ring me at work every time, it's embarrassing"),
    ("fraud_check_lisbon", "fraud", "fear",
     "I'm calling to check a transaction on your card, a "
     "payment of six hundred and forty euros in Lisbon",
     "what? no, I've never been to Lisbon, that's not me at all, I'm shaking here",
     "I've blocked the card and the six hundred and forty "
     "is refunded, a new card will be with you in four days",
     "okay, okay, that's a relief",
     ""),
    ("limit_offer", "", "calm",
     "I'm calling because you've been pre-approved for a "
     "higher credit limit and I wanted to talk you through it",
     "oh go on then, what's the new limit?",
     "it would go up to four thousand, and if you say yes today it's live by tonight",
     "yes, let's do that",
     "I asked for this six months ago and your bank said no, now you're calling me, typical"),
    ("home_insurance_renewal", "cancellation", "calm",
     "I'm calling because the home insurance you have through us renews next week",
     "actually I want to cancel that, I've found it cheaper elsewhere",
     "no problem, I've cancelled it so it won't renew, and you'll get a letter confirming",
     "great, that's all I needed",
     "your renewal price went up forty percent, you must think I'm daft"),
    ("card_undelivered", "address_change", "calm",
     "I'm calling because the new card we posted you came back to us undelivered",
     "ah, I moved last month, can you change my address to three Quarry Lane?",
     "done, your address is updated to three Quarry Lane and the card is re-sent there today",
     "perfect, I'll look out for it",
     "I changed my address online weeks ago, why does your bank never listen"),
    ("payroll_onboarding", "", "calm",
     "I'm calling to help set up payroll on your new business account",
     "great timing, I've got twelve staff starting next month",
     "I'll email you the payroll template and a setup link, "
     "once you upload it we run a test payment on the twentieth",
     "sounds good, I'll do it this week",
     "your onboarding has been a mess, I've waited three weeks for this call"),
    ("cheque_unpaid_notice", "billing", "calm",
     "I'm calling to let you know a cheque you paid in on Monday was returned unpaid",
     "returned? and will there be a charge for that on my statement?",
     "there's no charge this time, the cheque is being "
     "posted back to you so you can contact the payer",
     "okay, I'll ring the chap who wrote it",
     "first the cheque bounces and now your bank is ringing to lecture me"),
    ("graduate_account", "", "calm",
     "I'm calling because you've finished your course and "
     "your student account can move to our graduate account",
     "what's the difference exactly?",
     "you keep an interest free overdraft for three more years, and "
     "I can switch it today with no change to your card or details",
     "oh nice, switch it then",
     "you've already started charging me interest, that's not how it was sold to me"),
    ("transfer_held_kingston", "", "calm",
     "I'm calling about the transfer of two thousand dollars to Kingston, Jamaica that "
     "you made yesterday, we need to confirm a couple of details before it's released",
     "yes that's to my sister, for her shop",
     "that all matches, I've released it now and it will arrive within a day",
     "good, she'll be pleased",
     "every single time I send money to my family your bank stops it, it's not right"),
    ("standing_order_failed", "payment", "calm",
     "I'm calling because your standing order for rent couldn't be paid yesterday due to low funds",
     "my wages came in this morning, can I just make the payment now?",
     "yes, I've sent the seven hundred to your landlord now, it reaches them today",
     "phew, thank goodness",
     "you could have warned me before it failed, your bank never tells me anything"),
    ("bereavement_followup", "", "grief",
     "I'm calling about your late husband's accounts, we've received the certificate you sent",
     "oh, yes, it's been a hard few weeks, I still can't believe he's gone",
     "we'll move his balance into your account this week and "
     "close his account, there's nothing else you need to send",
     "that's one less thing to worry about",
     ""),
    ("complaint_followup", "complaint", "calm",
     "I'm calling to follow up on the complaint you made about our branch last week",
     "yes, I'm still not happy with how I was treated, I want it taken higher",
     "I've escalated it to our complaints director and you'll have a written reply within ten days",
     "right, we'll see",
     "nobody from your bank has bothered to update me in a week"),
]

EN = {
    "company": "Acme Bank",
    "greet": ["Good afternoon", "Hiya", "Hello there", "Morning", "Good evening", "Hello",
              "Hi, good morning"],
    "greet_formal": ["Good afternoon", "Good morning", "Good evening"],
    "comp": ["you're through to Acme Bank", "this is Acme Bank", "Acme Bank customer care",
             "welcome to Acme Bank", "Acme Bank personal banking"],
    "comp_bare": ["Acme Bank", "Acme Bank customer care"],
    "intro": ["my name's {n}", "{n} speaking", "you're speaking to {n}", "I'm {n}",
              "it's {n} here"],
    "intro_formal": ["my name is {n}", "I am {n}, one of the customer advisers"],
    "offer": ["what can I sort out for you?", "how can I help you today?",
              "what can I help you with?",
              "how may I help?", "tell me what you need and I'll do my best to help"],
    "offer_formal": ["how may I assist you today?",
                     "it would be my pleasure to assist you, what do you need?"],
    "offer_terse": ["what can I do for you?", "how can I help?"],
    "ramble": ["erm, sorry, bear with me, the headset's new",
               "I'm quite new here so you'll have to forgive me if I'm slow",
               "we've had a busy old morning on the phones",
               "right, let me just get my screen open as well"],
    "small_c": ["phew, it's taken ages to get through, are you lot busy today?",
                "you sound cheerful for a Monday",
                "is it raining where you are too? it's chucking it down here"],
    "small_a": ["ah it's been one of those days, the lines have been ringing non stop",
                "ha, I try, the coffee's working",
                "it's grey as anything here too, typical really"],
    "small_c2": ["ha, fair enough", "oh well, never mind", "same everywhere I suppose"],
    "idq": ["before we start, can I take your full name and date of birth?",
            "first things first, could I grab your name and postcode please?"],
    "ida": ["it's {cn}, and I was born on the third of May nineteen eighty",
            "{cn}, the postcode is L S six two A B"],
    "idok": ["lovely, that's you through security.", "great, that all matches up.",
             "perfect, you're all verified."],
    "emp": ["oh I'm really sorry to hear that", "I can hear how stressful this is, I'm sorry",
            "that sounds so frustrating, I'm sorry you've had all this",
            "I completely get why you're fed up, I'm sorry",
            "I'm sorry, that's not the experience you should be having with us"],
    "emp_grief": ["I'm so sorry for your loss",
                  "I'm very sorry about your dad, please take your time"],
    "emp_fear": ["I'm sorry, that must be really worrying",
                 "I understand this is frightening, I'm sorry"],
    "blame": ["well to be fair you should have read the terms before signing up",
              "honestly that's on you, you ticked the box yourself",
              "if you'd opened the letters we send you wouldn't be in this mess",
              "you really should have checked the details before you pressed send"],
    "rude": ["look, that's not really my problem",
             "I haven't got all day, just tell me what you want",
             "do you want this sorted or not?", "I'm not here to hold your hand through it"],
    "prof": ["oh shit, the screen's frozen again", "this fucking system, hang on",
             "bloody hell, it's logged me out",
             "what a load of bullshit this software is"],
    "interrupt": ["okay okay, hang on, hang on", "right, let me stop you there",
                  "hold on, hold on a second"],
    "ask_more": ["just so I've got it, when did this first happen?", "and when was that exactly?"],
    "check": ["let me just check that for you, one moment", "bear with me while I look into that"],
    "midthanks": ["thanks for holding.", "thanks for waiting there.",
                  "thanks for bearing with me."],
    "fake_res": ["leave it with me", "we'll look into it",
                 "I'll pass it on to the team and someone will be in touch",
                 "I'll make a note and we'll see what we can do"],
    "ae": ["is there anything else I can help with today?",
           "anything more I can do for you while you're on?",
           "was there something else you needed?", "can I help with anything else at all?"],
    "ae_decoy": ["is there anything else on the statement that looks wrong to you?",
                 "anything else on that statement you don't recognise?"],
    "cust_none": ["no, that's everything, cheers", "no that's all I needed thanks",
                  "nope, that's me done"],
    "cust_done": ["right, I think that's me sorted then", "okay, that's all for now I suppose"],
    "thanks": ["thank you for calling Acme Bank", "thanks so much for your patience today",
               "thanks for ringing in today",
               "thank you for your time today"],
    "bye": ["take care, bye now", "have a lovely evening, bye bye", "goodbye", "cheerio",
            "bye for now"],
    "cust_bye": ["bye bye", "cheers, bye", "bye now", "okay, bye"],
    "closing_pre": ["okay great.", "lovely.", "right then.", "perfect."],
    "noclose": ["okay, that's everything done on my end."],
    "cust_ack": ["okay that's good", "right, that makes sense", "okay, fair enough",
                 "yes that's it"],
    "cust_yes": ["yes, that's right", "yeah exactly", "spot on"],
    "cust_company": ["hello? is this Acme Bank? I wasn't sure I'd dialled right.",
                     "hi, this is Acme Bank yeah?"],
    "cust_hello": ["hello, hi.", "hi there."],
    "cust_name": ["my name's {cn} by the way.", "it's {cn} calling."],
    "who_q": ["sorry, who am I speaking to?", "sorry, what was your name?"],
    "who_a": ["it's {n}", "my name's {n}"],
    "which_q": ["sorry, and which bank is this again? I've a few numbers saved",
                "hang on, is this the bank?"],
    "which_a": ["this is Acme Bank", "you're talking to Acme Bank"],
    "late_greet": ["oh and a very good afternoon to you, I skipped that",
                   "oh and hello, I never said it properly"],
    "late_emp": ["and I'm sorry, I should have said, that sounds really rough"],
    "quick_q": ["hi, quick one, is the King Street branch open on Saturdays?",
                "hiya, real quick, what's the cut off time for same day transfers?"],
    "quick_r": ["yes, it's open nine till one on Saturdays, so you can pop in then.",
                "it's half three, anything sent before then arrives today."],
    "quick_g": ["oh and good morning, I jumped straight in there",
                "and hello, I should have started with that"],
    "quick_c": ["great, thanks, and the other thing is", "okay, and while I have you"],
    "card_read": ["so that's card number {card}, is that right?",
                  "I've got the card {card} here, and the security code is {cvv}",
                  "and the three digits on the back were {cvv}, yes?"],
    "cust_card": ["the card number is {card}", "it's {card} and the code on the back is {cvv}"],
    "last4": ["I can see the card ending {l4}.", "that's the card ending in {l4}, okay."],
    "ref": ["your reference for today is {ref}.", "I'll note reference {ref} on the account."],
    "phone": ["we'll text you on {phone} when it's done.", "I've got your mobile as {phone}."],
    "addrq": "and can you confirm the first line of your address?",
    "card_ask": ["can you read me the long number on the front of the card?",
                 "which card is it, can you give me the card number?"],
    "cust_rest_ok": ["no, the rest of it looks fine", "no, everything else on there is mine"],
    "cswear": ["this is fucking ridiculous", "what a load of shit"],
    "adda": "it's {addr}",
    "addrb": "so that's {addr}, lovely.",
    "pad": [
        ("how long have you had the account with us?", "oh must be fifteen years now"),
        ("do you bank with us mostly through the app or in branch?", "mostly the app these days"),
        ("can I just confirm your email is still the gmail one?", "that's right, same one"),
        ("would you like a text once it's done?", "yes please, a text is best"),
        ("is this the only account affected?", "as far as I know yes"),
        ("did you get our letter about it last month?", "I don't remember seeing one"),
        ("just so you know, we'll never ask for your full PIN over the phone.", "no, of course"),
        ("the system is a little slow today, bear with me a second.", "no rush"),
        ("can I ask what the money was for originally?", "just household stuff really"),
        ("are you calling from home today?", "no, I'm on my lunch break at work"),
        ("do you still have the paperwork from when you opened it?", "somewhere in a drawer, yes"),
        ("and you're happy for letters to go to the address we hold?", "yeah that's fine"),
    ],
    "cpad": [
        ("the line's a bit crackly, can you hear me okay?", "I can hear you fine now"),
        ("how long will this take roughly?", "only a couple more minutes"),
        ("will I need to come into a branch for any of this?", "no, we can do it all on the phone"),
        ("is this going to affect my credit score at all?",
         "no, nothing here touches your credit file"),
    ],
    "out_hello": ["hello?", "hello, who's this?", "yeah, hello?", "hi, hello?"],
    "out_greet": ["Hi there", "Good morning", "Hello", "Good afternoon"],
    "out_intro": ["my name's {n}", "this is {n}", "it's {n} speaking"],
    "out_comp": ["calling from Acme Bank", "I'm ringing from Acme Bank",
                 "from Acme Bank's customer team"],
    "out_id": ["am I speaking with {cn}?", "could I just check I'm talking to {cn}?"],
    "out_id_a": ["yes, speaking", "yeah that's me", "yes it is"],
    "out_dob": ["before I go any further, could you confirm your date of birth for me?",
                "for security, can you tell me your date of birth?"],
    "out_dob_a": ["the ninth of July, seventy eight", "twelfth of February nineteen ninety"],
    "rec": ["just so you know, this call is recorded for training and quality",
            "calls are recorded so we can check our service",
            "I should mention this call is being recorded"],
    "consent": ["is it okay to carry on?", "are you happy to go ahead?",
                "do I have your permission to continue?",
                "is that alright with you?"],
    "consent_a": ["yes that's fine", "yeah go on", "sure, no problem"],
    "out_ok": ["okay", "right", "mm hm", "okay, go on"],
    "out_thanks": ["thanks for your time today", "thank you for speaking with me"],
    "out_bye": ["bye now", "take care, goodbye", "have a good day, bye"],
    "why_q": ["sorry, what's this actually about?", "and what are you calling about?"],
    "rec_late": ["oh, I should say, this call is recorded"],
    "consent_late": ["and are you happy for me to carry on with this?"],
    "agent_ok": ["okay.", "right.", "lovely."],
    "strict": [], "prof_nonstrict": [],
}

EN_PROFILES = {
    "nigeria": dict(pre=["abeg,", "please,", "ah,"], suf=["o", "my brother", "please"], rep={},
                    names=["Adaeze Okonkwo", "Babatunde Adeyemi", "Chinedu Eze"]),
    "kenya": dict(pre=["kindly,", "sawa,"], suf=["kindly", "sawa?"], rep={"want": "was requesting"},
                  names=["Joseph Mwangi", "Akinyi Otieno", "Wambui Njoroge"]),
    "malaysia": dict(pre=["aiyo,", "ya,"], suf=["lah", "can or not?", "already"], rep={},
                     names=["Siti Rahman", "Tan Wei Ming", "Kavitha Raj"]),
    "ireland": dict(pre=["ah sure,", "look,"], suf=["like", "so it is"], rep={"you": "ye"},
                    names=["Niamh Gallagher", "Padraig Walsh", "Siobhan Kenny"]),
    "jamaica": dict(pre=["mi tell yuh,", "boy,"], suf=["yuh know", "seen?"], rep={},
                    names=["Delroy Campbell", "Marcia Brown", "Andre Thompson"]),
    "midwest": dict(pre=["oh ya,", "ope,"], suf=["you betcha", "real quick"], rep={},
                    names=["Kyle Jorgensen", "Brenda Olson", "Dale Swanson"]),
    "elderly_uk": dict(pre=["now then,", "oh dear,"], suf=["dear", "love"], rep={},
                       names=["Margaret Hollis", "Arthur Pennington", "Edith Crowther"]),
}
EN_AGENTS = [("Aoife Brennan", "Aoife"), ("Tunde Bakare", "Tunde"), ("Wanjiru Kamau", "Wanjiru"),
             ("Farah Ismail", "Farah"), ("Desmond Clarke", "Desmond"),
             ("Kelsey Lindqvist", "Kelsey"),
             ("Marcus Hale", "Marcus"), ("Imogen Pryce", "Imogen"), ("Rohan Mehta", "Rohan"),
             ("Bridget Nolan", "Bridget"), ("Declan Moyo", "Declan"), ("Priya Raman", "Priya"),
             ("Ngozi Okafor", "Ngozi"), ("Callum Reid", "Callum"), ("Shauna Byrne", "Shauna"),
             ("Tobias Wren", "Tobias")]
EN_QUEUES = {"in": ["personal_banking", "business_banking", "cards", "loans", "payments",
                    "student"],
             "out": ["collections", "fraud_ops", "retention", "business_onboarding",
                     "customer_care"]}
EN_ADDR = ["fourteen Ash Grove", "nine Marlowe Close", "eleven Tern Street", "three Weir Road"]

# ---------------------------------------------------------------------------------------------
# Vietnamese content ({x}: how the agent addresses the customer, {t}: the customer's "I")
# ---------------------------------------------------------------------------------------------
VI_IN = [
    ("luong_doanh_nghiep", "outage", "calm",
     "{t} làm kế toán cho một công ty nhỏ, cổng ngân hàng doanh nghiệp không "
     "cho tải file bảng lương lên, mai là phải trả lương cho công nhân rồi",
     "cứ bấm tải lên là nó báo lỗi hệ thống, {t} thử bốn lần rồi",
     "dạ tức là cổng doanh nghiệp báo lỗi mỗi lần {x} tải file "
     "bảng lương, trong khi ngày mai công ty phải trả lương ạ",
     "dạ công ty mình có bao nhiêu nhân viên trong bảng lương ạ?", "file bảng lương ạ?",
     "em đã chuyển file của {x} qua kênh xử lý nội bộ, tối nay hệ thống chi lương và "
     "sáng mai nhân viên nhận được tiền, {x} sẽ nhận email xác nhận trong vòng một tiếng",
     "vậy {t} chờ email rồi báo công nhân",
     "tháng nào cổng của ngân hàng cũng lỗi, làm ăn kiểu gì vậy"),
    ("phi_sinh_vien", "billing refund", "calm",
     "{t} là sinh viên, tài khoản sinh viên mà ngân hàng lại "
     "trừ phí quản lý hai mươi hai nghìn, {t} muốn lấy lại tiền",
     "trên sao kê tháng này ghi rõ luôn",
     "dạ nghĩa là tài khoản sinh viên của {x} bị thu phí quản lý hai "
     "mươi hai nghìn dù đáng lẽ được miễn, và {x} muốn được hoàn lại ạ",
     "dạ {x} đang học trường nào ạ?", "phí quản lý ạ?",
     "dạ tài khoản sinh viên được miễn phí quản lý nên khoản này thu nhầm, em "
     "đã hoàn hai mươi hai nghìn vào tài khoản của {x}, tối nay là tiền về",
     "vậy tối nay {t} mở app coi lại",
     "sinh viên đã không có tiền mà ngân hàng còn trừ phí vô lý như vậy"),
    ("tat_toan_vay_xe", "payment", "calm",
     "{t} muốn trả hết khoản vay mua xe một lần luôn, cuối năm có tiền thưởng",
     "xe Vios, còn khoảng một trăm hai mươi triệu nữa",
     "dạ {x} muốn tất toán toàn bộ dư nợ còn lại của khoản vay mua xe trong một lần thanh toán ạ",
     "dạ khoản vay đứng tên một mình {x} hay đồng sở hữu ạ?", "khoản vay xe ạ?",
     "dạ số tiền tất toán hôm nay là một trăm hai mươi mốt triệu bốn trăm "
     "nghìn, em trích từ tài khoản thanh toán của {x} ngay bây giờ, khoản "
     "vay đóng trong ngày và giấy giải chấp gửi về trong năm ngày làm việc",
     "vậy {t} chờ giấy giải chấp rồi đi làm thủ tục xe",
     "{t} lên chi nhánh ba lần rồi mà không ai làm cho, ngân hàng gì kỳ cục"),
    ("bao_hiem_kem_the", "billing cancellation refund", "calm",
     "tài khoản {t} tháng nào cũng bị trừ tiền bảo hiểm sức "
     "khỏe mà {t} có đăng ký đâu, {t} muốn hủy và đòi lại tiền",
     "mỗi tháng một trăm chín mươi nghìn, từ lúc mở thẻ hồi tháng ba",
     "dạ tức là có gói bảo hiểm sức khỏe đi kèm tài khoản trừ {x} một trăm chín mươi "
     "nghìn mỗi tháng từ tháng ba, {x} không đăng ký nên muốn hủy và được hoàn tiền ạ",
     "dạ lúc mở thẻ {x} làm tại quầy hay trên app ạ?", "bảo hiểm sức khỏe ạ?",
     "em đã hủy gói bảo hiểm từ hôm nay và lập yêu cầu hoàn toàn bộ sáu kỳ phí, tổng "
     "một triệu một trăm bốn mươi nghìn, tiền về tài khoản {x} trong năm ngày làm việc",
     "vậy cuối tuần sau {t} coi, chưa có thì {t} gọi lại",
     "bán bảo hiểm kiểu lén lút như vậy là lừa khách hàng rồi"),
    ("qr_cho_rau", "outage refund", "calm",
     "{t} quét mã QR trả tiền cho bà bán rau ngoài chợ, app báo giao "
     "dịch thất bại mà tài khoản vẫn bị trừ tiền, {t} muốn lấy lại",
     "tám mươi lăm nghìn, lúc bảy giờ sáng nay",
     "dạ {x} thanh toán QR ở chợ, app báo thất bại nhưng tài khoản vẫn "
     "bị trừ tám mươi lăm nghìn, và {x} muốn nhận lại số tiền đó ạ",
     "dạ màn hình của người bán có báo đã nhận tiền không ạ?", "bà bán rau ạ?",
     "giao dịch đó đang treo ở bên em, em đã hủy và hoàn tám mươi "
     "lăm nghìn về tài khoản {x}, trong hai tiếng là tiền về ạ",
     "thôi mai {t} ra trả tiền mặt cho bà ấy",
     "lần nào ra chợ quét mã cũng lỗi, ngại với người ta quá"),
    ("nap_vi_dien_tu", "refund", "calm",
     "{t} nạp ví điện tử từ thẻ ghi nợ hôm chủ nhật, tiền bị trừ "
     "năm trăm nghìn mà ví không nhận được, {t} muốn được hoàn lại",
     "bên ví nói họ không nhận được đồng nào từ ngân hàng",
     "dạ khoản nạp ví năm trăm nghìn hôm chủ nhật đã bị trừ nhưng "
     "ví không nhận được, nên {x} muốn lấy lại số tiền này ạ",
     "dạ {x} nạp vào ví nào ạ?", "ví điện tử ạ?",
     "giao dịch nạp ví bị bên ví từ chối và tiền vẫn nằm ở bên em, em "
     "đã trả năm trăm nghìn về tài khoản {x}, sáng mai tiền sẽ hiện",
     "vậy mai {t} nạp lại bằng thẻ khác",
     "{t} bị đẩy qua đẩy lại giữa ngân hàng với bên ví bốn ngày nay rồi"),
    ("lenh_tien_nha", "payment", "calm",
     "{t} muốn đặt lệnh chuyển tiền định kỳ để trả tiền thuê nhà hằng tháng cho chủ nhà",
     "sáu triệu rưỡi vào ngày mùng năm mỗi tháng",
     "dạ {x} muốn lập lệnh chuyển sáu triệu rưỡi tiền "
     "thuê nhà cho chủ nhà vào mùng năm hằng tháng ạ",
     "dạ {x} có muốn ghi nội dung chuyển khoản gì không ạ?", "chủ nhà ạ?",
     "em đã lập xong lệnh định kỳ, sáu triệu rưỡi sẽ chuyển vào mùng năm hằng "
     "tháng bắt đầu từ tháng sau, {x} xem được trong mục thanh toán của app",
     "vậy {t} nhắn chủ nhà là từ tháng sau tiền tự chuyển",
     "{t} làm trên app mấy lần đều bị văng ra, app gì mà dở tệ"),
    ("sec_bi_tra_lai", "billing", "calm",
     "tờ séc khách trả cho {t} bị trả về, rồi ngân hàng còn thu phí {t} nữa, vô lý quá",
     "séc ba mươi triệu, phí trừ năm mươi nghìn",
     "dạ tờ séc {x} nộp vào bị từ chối thanh toán và {x} "
     "còn bị thu thêm phí séc trả lại năm mươi nghìn ạ",
     "dạ {x} có số tờ séc ở đó không ạ?", "tờ séc ạ?",
     "vì đây không phải lỗi của {x} và là lần đầu, em đã miễn khoản phí năm mươi "
     "nghìn, tờ séc sẽ gửi trả về địa chỉ của {x} để {x} làm việc với người phát hành",
     "vậy {t} nhận séc rồi đi đòi ông khách kia",
     "khách quỵt tiền {t} rồi ngân hàng còn phạt {t}, ngân hàng kiểu gì vậy"),
    ("dong_tk_chung", "cancellation", "calm",
     "{t} với chồng cũ có tài khoản chung, giờ ly hôn rồi nên {t} muốn đóng tài khoản đó",
     "trong đó còn khoảng bốn triệu, hai bên thống nhất chia đôi",
     "dạ {x} muốn đóng tài khoản chung đứng tên {x} và "
     "chồng cũ, số dư còn lại chia đôi cho hai người ạ",
     "dạ chồng cũ của {x} có biết hôm nay {x} gọi không ạ?", "tài khoản chung ạ?",
     "tài khoản chung cần chữ ký của cả hai chủ tài khoản, hôm nay em gửi mẫu đóng tài khoản "
     "cho từng người, khi nhận đủ hai bản bên em đóng tài khoản và chia số dư trong ba ngày",
     "vậy {t} nhắc anh ấy ký khi nhận được giấy",
     "{t} ra quầy hai lần rồi mà chẳng ai giải quyết, bực mình quá"),
    ("uy_quyen_cho_me", "address_change", "calm",
     "{t} vừa được ủy quyền quản lý tài khoản cho mẹ, mẹ {t} giờ vào "
     "viện dưỡng lão nên {t} muốn đổi địa chỉ nhận thư về nhà {t}",
     "giấy ủy quyền công chứng tháng trước rồi",
     "dạ {x} được mẹ ủy quyền, mẹ {x} đã vào viện dưỡng lão "
     "nên {x} muốn thư từ của mẹ gửi về địa chỉ nhà {x} ạ",
     "dạ ủy quyền cho một mình {x} hay cùng anh chị em khác ạ?", "giấy ủy quyền ạ?",
     "{x} tải giấy ủy quyền công chứng qua đường link bảo mật em vừa nhắn, trong bảy ngày "
     "bên em cập nhật {x} là người được ủy quyền và đổi địa chỉ nhận thư sang nhà {x} luôn",
     "vậy tối nay {t} chụp giấy tải lên",
     "{t} gửi giấy ba lần rồi mà ngân hàng cứ làm mất"),
    ("thua_ke_bo", "cancellation", "grief",
     "bố {t} mới mất tuần trước, {t} không biết phải làm "
     "sao với mấy tài khoản của ông, {t} muốn đóng lại",
     "ông có một tài khoản thanh toán với một sổ tiết kiệm, ông gửi ở đây mấy chục năm rồi",
     "dạ bố {x} vừa qua đời và {x} cần đóng tài khoản thanh toán cùng sổ tiết kiệm của ông ạ",
     "dạ {x} có phải là người thừa kế theo di chúc không ạ?", "sổ tiết kiệm ạ?",
     "bộ phận thừa kế bên em sẽ lo toàn bộ, em ghi nhận hồ sơ ngay bây giờ và họ sẽ gọi {x} trong "
     "hai ngày làm việc, {x} chỉ cần mang giấy chứng tử và giấy tờ thừa kế ra chi nhánh gần nhất",
     "vậy thứ hai {t} mang giấy tờ ra chi nhánh", ""),
    ("chuyen_tien_uc", "billing refund", "calm",
     "{t} chuyển tiền học cho con bên Úc từ thứ hai mà chưa tới, ngân hàng "
     "lại thu phí năm trăm nghìn, không chuyển được thì trả lại tiền cho {t}",
     "hai trăm triệu, chuyển vào tài khoản của trường",
     "dạ khoản hai trăm triệu {x} chuyển sang Úc cho con chưa tới nơi, {x} đã mất "
     "phí năm trăm nghìn và nếu không chuyển được thì {x} muốn nhận lại toàn bộ ạ",
     "dạ {x} còn giữ mã SWIFT đã dùng không ạ?", "sang Úc ạ?",
     "ngân hàng bên kia giữ lệnh vì tên người nhận sai một chữ, em đã sửa "
     "và chuyển lại, hai mươi bốn giờ nữa tiền tới và không thu thêm phí",
     "vậy {t} gọi báo con là mai có tiền",
     "lần nào chuyển tiền cho con cũng bị giữ lại, ngân hàng làm ăn chậm chạp quá"),
    ("ung_luong_tru_hai_lan", "billing refund", "calm",
     "tháng trước {t} ứng lương qua app, giờ tiền trả bị trừ hai lần, {t} cần lấy lại một lần",
     "hai lần ba triệu ngày hai mươi tám",
     "dạ khoản trả ứng lương của {x} bị trừ hai lần vào "
     "ngày hai mươi tám và {x} cần hoàn lại lần trừ trùng ạ",
     "dạ lương của {x} có trả vào chính tài khoản này không ạ?", "hai lần ạ?",
     "em thấy khoản trừ trùng rồi, em đã hoàn ba triệu về "
     "tài khoản {x}, trước năm giờ chiều nay tiền sẽ về",
     "vậy năm giờ {t} coi lại",
     "đã thiếu tiền rồi còn bị trừ gấp đôi, chịu không nổi"),
    ("tang_han_muc_cuoi", "", "calm",
     "{t} muốn xin tăng hạn mức thẻ tín dụng, sắp tới {t} lo đám cưới",
     "hiện giờ là ba mươi triệu, {t} muốn lên sáu mươi",
     "dạ {x} muốn nâng hạn mức thẻ tín dụng từ ba mươi "
     "lên khoảng sáu mươi triệu để lo chi phí đám cưới ạ",
     "dạ thu nhập của {x} có thay đổi từ lúc mở thẻ không ạ?", "sáu mươi triệu ạ?",
     "dựa trên lịch sử giao dịch em duyệt được hạn mức năm mươi lăm triệu "
     "ngay bây giờ, hạn mức mới dùng được luôn và điều khoản gửi qua email",
     "vậy chiều nay {t} đi đặt nhà hàng",
     "{t} làm khách của ngân hàng mười hai năm mà xin online bị từ chối hai lần"),
    ("the_gui_nham_dia_chi", "address_change", "calm",
     "thẻ mới của {t} bị gửi về địa chỉ cũ, {t} chuyển nhà ba "
     "tháng rồi, giờ {t} muốn cập nhật lại địa chỉ cho đúng",
     "địa chỉ cũ ở Kiến An, giờ {t} ở Lê Chân",
     "dạ thẻ thay thế của {x} bị gửi về địa chỉ cũ ở Kiến An dù {x} "
     "đã chuyển sang Lê Chân, và địa chỉ trên hồ sơ cần sửa lại ạ",
     "dạ {x} báo chuyển nhà lần đầu vào lúc nào ạ?", "địa chỉ cũ ạ?",
     "em đã khóa thẻ gửi về Kiến An để không ai dùng được, cập nhật địa chỉ "
     "mới ở Lê Chân và phát hành thẻ mới, năm ngày làm việc thẻ tới tay {x}",
     "vậy {t} dặn nhà cũ nếu thẻ tới thì cắt bỏ",
     "báo hai lần rồi mà vẫn gửi sai, ngân hàng làm ăn cẩu thả"),
    ("giat_tui_ben_xe", "card_lost", "calm",
     "{t} bị giật túi xách ở bến xe, thẻ ghi nợ ở trong đó, {t} muốn khóa thẻ ngay",
     "khoảng một tiếng trước, mất cả ví với cục sạc",
     "dạ túi xách có thẻ ghi nợ của {x} bị giật khoảng một tiếng trước và {x} cần khóa thẻ ngay ạ",
     "dạ {x} đã báo công an chưa ạ?", "túi xách ạ?",
     "em đã khóa thẻ rồi, không ai dùng được nữa, thẻ mới sẽ gửi "
     "tới {x} trong ba đến năm ngày làm việc và mã PIN gửi riêng",
     "vậy {t} ra đồn công an trình báo",
     "{t} chờ máy hai mươi phút trong khi kẻ trộm cầm thẻ, dịch vụ tệ quá"),
    ("roi_the_o_cho", "card_lost cancellation", "calm",
     "hình như {t} đánh rơi thẻ ở chợ Đông Ba rồi, {t} muốn hủy thẻ đó luôn",
     "lần cuối {t} quẹt ở sạp vải khoảng mười giờ",
     "dạ {x} làm rơi thẻ ở chợ sáng nay và muốn hủy thẻ đó ạ",
     "dạ {x} còn thẻ nào khác ở bên em không ạ?", "chợ Đông Ba ạ?",
     "thẻ đó em đã hủy, thẻ mới đang được phát hành và thứ tư sẽ tới tay {x}",
     "vậy tới thứ tư {t} xài tiền mặt",
     "tổng đài báo mất thẻ bắt bấm ba lần rồi tự ngắt máy, làm ăn gì kỳ vậy"),
    ("gd_la_the_cong_ty", "fraud", "fear",
     "thẻ doanh nghiệp của công ty có mấy giao dịch lạ {t} "
     "không biết, ba khoản mua đồ điện tử trên mạng, {t} lo quá",
     "đêm qua, tổng khoảng hai mươi triệu",
     "dạ có ba giao dịch mua đồ điện tử trên mạng đêm qua trên thẻ doanh "
     "nghiệp, tổng khoảng hai mươi triệu, mà {x} không hề thực hiện ạ",
     "dạ công ty mình còn ai khác được cấp thẻ không ạ?", "hai mươi triệu ạ?",
     "em đã khóa thẻ và mở hồ sơ tra soát cả ba giao dịch, hai mươi triệu "
     "sẽ được hoàn trong mười ngày làm việc và thẻ mới đang được làm",
     "vậy {t} báo kế toán trưởng chờ tiền hoàn",
     "hệ thống chống gian lận của ngân hàng để lọt ba giao dịch lớn một đêm, vô dụng thật"),
    ("nap_vi_la", "fraud", "fear",
     "có người nạp tiền vào ví điện tử bằng thẻ của {t}, bốn "
     "lần mà {t} không hề làm, {t} sợ bị lộ hết thông tin rồi",
     "mỗi lần năm trăm nghìn, chiều hôm qua",
     "dạ có bốn lần nạp ví năm trăm nghìn chiều hôm qua bằng thẻ của {x} mà {x} không thực hiện ạ",
     "dạ gần đây {x} có nhập thông tin thẻ vào trang mạng nào lạ không ạ?", "bốn lần ạ?",
     "em đã khóa thẻ và khiếu nại cả bốn giao dịch, hai triệu sẽ về lại tài "
     "khoản trong năm ngày trong lúc bên em điều tra, thẻ mới gửi đi hôm nay",
     "vậy tối nay {t} đổi hết mật khẩu",
     "bốn giao dịch liền mà ngân hàng không chặn, vậy ngân hàng để làm gì"),
    ("app_khong_gui_otp", "outage", "calm",
     "app ngân hàng không gửi mã OTP cho {t}, từ hôm qua tới giờ không chuyển tiền được",
     "{t} xài điện thoại Samsung, cài lại app hai lần rồi",
     "dạ từ hôm qua app không gửi mã OTP nên {x} không chuyển khoản được, dù đã cài lại ứng dụng ạ",
     "dạ số điện thoại nhận mã của {x} có đổi gần đây không ạ?", "mã OTP ạ?",
     "hệ thống gửi mã đang lỗi với một số nhà mạng, tối nay sẽ khắc phục xong, trong lúc "
     "chờ em đã chuyển {x} sang nhận mã bằng Smart OTP ngay trên app, {x} làm lại được liền",
     "vậy giờ {t} thử chuyển lại",
     "không chuyển được tiền mà gọi tổng đài thì chờ cả buổi, bực quá"),
    ("web_hoc_phi", "outage payment", "calm",
     "{t} đang đóng học phí cho con trên website ngân hàng mà cứ tới bước cuối là treo",
     "bốn triệu tám, hạn chót hôm nay",
     "dạ website bị treo ở bước cuối khi {x} đóng học phí cho con, mà hôm nay là hạn chót ạ",
     "dạ {x} đang dùng trình duyệt nào ạ?", "học phí ạ?",
     "em nhận thanh toán qua điện thoại cho {x} luôn, bốn triệu "
     "tám chuyển tới trường ngay hôm nay nên không bị trễ hạn ạ",
     "vậy {t} ghi lại mã giao dịch để báo trường",
     "website của ngân hàng lỗi cả tuần nay rồi"),
    ("may_pos_quan", "outage", "calm",
     "máy quẹt thẻ ngân hàng lắp ở quán {t} không chạy nữa, cứ báo mất kết nối",
     "khách phải trả tiền mặt cả sáng nay",
     "dạ máy quẹt thẻ bên em lắp ở quán của {x} báo mất kết "
     "nối nên sáng nay quán không nhận thanh toán thẻ được ạ",
     "dạ máy đang cắm mạng wifi hay dùng sim ạ?", "mất kết nối ạ?",
     "máy bị lỗi sim kết nối, em đã cài lại từ xa, hai phút nữa {x} tắt máy "
     "mở lại là chạy, nếu không được sáng mai kỹ thuật viên tới đổi máy",
     "vậy hai phút nữa {t} tắt mở lại",
     "mỗi tiếng máy chết là {t} mất khách, ngân hàng làm ăn kiểu này thì chịu"),
    ("phi_thuong_nien_tang", "billing", "calm",
     "phí thường niên thẻ của {t} tự nhiên tăng từ một trăm lên ba trăm nghìn mà không ai báo",
     "{t} thấy trong sao kê sáng nay",
     "dạ phí thường niên thẻ của {x} tăng từ một trăm lên "
     "ba trăm nghìn mà {x} không được thông báo trước ạ",
     "dạ thẻ của {x} là thẻ chuẩn hay thẻ vàng ạ?", "ba trăm nghìn ạ?",
     "thẻ của {x} bị chuyển nhầm sang hạng vàng, em đã đưa về hạng "
     "chuẩn và hai trăm nghìn chênh lệch sẽ hoàn vào kỳ sao kê tới",
     "vậy kỳ sau {t} coi sao kê",
     "tự tiện tăng phí gấp ba mà không nói tiếng nào, ngân hàng coi khách ra gì"),
    ("tra_het_du_no", "payment", "calm",
     "{t} muốn thanh toán hết dư nợ thẻ tín dụng",
     "khoảng tám triệu mấy, {t} muốn trả hết luôn",
     "dạ {x} muốn trả toàn bộ dư nợ thẻ tín dụng ngay hôm nay ạ",
     "dạ {x} muốn trích từ tài khoản nào ạ?", "toàn bộ dư nợ ạ?",
     "dư nợ của {x} là tám triệu ba trăm sáu mươi nghìn, em đã trích "
     "từ tài khoản thanh toán của {x} và khoản nợ được tất toán ngay",
     "vậy {t} cất thẻ đi không xài nữa",
     "lần trước trả trên app bị trừ hai lần, {t} không tin app nữa"),
    ("hoc_phi_nhat", "payment", "calm",
     "{t} cần đóng tiền trường cho con bên Nhật, lần đầu {t} chuyển tiền ra nước ngoài",
     "ba trăm nghìn yên, trường gửi thông tin tài khoản rồi",
     "dạ {x} cần chuyển ba trăm nghìn yên tiền học cho trường của con bên Nhật ạ",
     "dạ trường có cho mã số sinh viên để ghi nội dung không ạ?", "bên Nhật ạ?",
     "em chuyển ngay được, theo tỷ giá hôm nay là năm mươi mốt triệu hai "
     "cộng phí hai trăm nghìn, hai ngày làm việc tiền tới kèm mã sinh viên",
     "vậy {t} nhắn con báo trường là tiền đang chuyển",
     "chi nhánh nói không làm được rồi đuổi {t} về, mất nguyên buổi sáng"),
    ("doi_dia_chi_kim_long", "address_change", "calm",
     "{t} mới dọn về Huế, muốn đổi địa chỉ trên tài khoản",
     "nhà mới ở số mười hai Kim Long",
     "dạ {x} vừa chuyển nhà và cần đổi địa chỉ trên tài khoản sang nhà mới ở Huế ạ",
     "dạ {x} chuyển hẳn hay chỉ ở tạm thời ạ?", "Kim Long ạ?",
     "em đã cập nhật địa chỉ sang số mười hai Kim Long, thư "
     "từ gửi về đó từ hôm nay và {x} sẽ nhận thư xác nhận",
     "vậy {t} chờ thư xác nhận",
     "{t} điền mẫu online hai lần mà không lưu được, vô dụng"),
    ("huy_bao_hiem_nhan_tho", "cancellation", "calm",
     "{t} muốn hủy hợp đồng bảo hiểm nhân thọ mua kèm "
     "lúc mở tài khoản, giờ công ty {t} mua bảo hiểm rồi",
     "gói hai trăm năm mươi nghìn một tháng",
     "dạ {x} muốn hủy gói bảo hiểm nhân thọ hai trăm năm mươi nghìn "
     "mỗi tháng đi kèm tài khoản vì công ty đã mua bảo hiểm cho {x} ạ",
     "dạ {x} mua gói này từ khi nào ạ?", "bảo hiểm nhân thọ ạ?",
     "em đã hủy hợp đồng từ hôm nay, sẽ không trừ thêm "
     "kỳ nào nữa và trong một tuần {x} nhận thư xác nhận",
     "vậy {t} cất thư xác nhận khi nhận được",
     "{t} xin hủy hai tháng nay mà nhân viên cứ chuyển máy vòng vòng"),
    ("huy_lenh_phong_tap", "cancellation", "calm",
     "{t} muốn hủy lệnh chuyển tiền định kỳ cho phòng tập gym, {t} nghỉ tập rồi",
     "bảy trăm nghìn vào ngày mười lăm",
     "dạ {x} muốn dừng lệnh chuyển bảy trăm nghìn hằng tháng cho phòng tập ạ",
     "dạ phòng tập có yêu cầu báo trước không ạ?", "phòng tập ạ?",
     "lệnh định kỳ đó em đã hủy, từ ngày mười lăm sẽ không chuyển nữa",
     "vậy {t} báo phòng tập là xong",
     "tháng trước {t} xin hủy ở quầy rồi mà nó vẫn chuyển, làm ăn gì vậy"),
    ("lai_vay_xe_sai", "billing", "calm",
     "sao kê khoản vay mua xe tính lãi mười hai phần "
     "trăm trong khi hợp đồng {t} ký là tám phần trăm",
     "hợp đồng ghi rõ tám phần trăm năm",
     "dạ sao kê vay xe đang tính lãi mười hai phần trăm "
     "trong khi hợp đồng của {x} là tám phần trăm ạ",
     "dạ {x} có ngày ký hợp đồng ở đó không ạ?", "mười hai phần trăm ạ?",
     "khoản vay bị cài sai lãi suất, em đã sửa về tám phần trăm "
     "và tiền lãi thu dư một triệu tư sẽ trừ vào kỳ trả tháng tới",
     "vậy kỳ sau {t} coi sao kê",
     "ngân hàng thu lãi sai mấy tháng trời, {t} chán lắm rồi"),
    ("lenh_huy_van_chuyen", "refund", "calm",
     "{t} đã hủy lệnh chuyển tiền cho bên kho hàng mà nó vẫn chuyển, {t} muốn lấy lại tiền",
     "hai triệu, hôm thứ ba",
     "dạ lệnh chuyển hai triệu cho kho hàng vẫn chạy hôm "
     "thứ ba dù {x} đã hủy, và {x} muốn được trả lại ạ",
     "dạ {x} hủy lệnh trên app hay tại quầy ạ?", "hai triệu ạ?",
     "hệ thống ghi nhận {x} hủy từ thứ sáu nên khoản đó không được "
     "chuyển, em đã hoàn hai triệu và trong hai tiếng tiền sẽ về",
     "vậy hai tiếng nữa {t} coi lại",
     "hủy rồi mà ngân hàng vẫn chuyển, hệ thống gì mà tệ"),
    ("the_bi_moc_tui", "card_lost fraud", "fear",
     "thẻ của {t} bị móc túi ở chỗ làm, giờ có mấy giao dịch {t} không hề làm",
     "một cây xăng với một tiệm điện thoại, {t} đâu có mua",
     "dạ thẻ của {x} bị lấy ở chỗ làm và sau đó bị dùng ở một "
     "cây xăng và một tiệm điện thoại mà {x} không cho phép ạ",
     "dạ lần cuối {x} tự dùng thẻ là khi nào ạ?", "tiệm điện thoại ạ?",
     "thẻ đã khóa, hai giao dịch đã được khiếu nại và {x} nhận lại tiền "
     "trong năm ngày làm việc, thẻ mới đang gửi qua đường bưu điện",
     "vậy tối nay {t} đi trình báo công an",
     "thẻ bị trộm mà mua được cả điện thoại, ngân hàng kiểm soát kiểu gì"),
    ("so_sec_doi_dia_chi", "address_change", "calm",
     "bác muốn xin cuốn séc mới, với lại bác về ở với con gái nên phải đổi địa chỉ cháu ạ",
     "giờ bác ở số hai mươi hai phố Lạch Tray với con gái",
     "dạ bác cần đổi địa chỉ về nhà con gái và gửi cuốn séc mới tới địa chỉ đó ạ",
     "dạ bác muốn cuốn hai mươi lăm tờ hay năm mươi tờ ạ?", "cuốn séc ạ?",
     "em đã đổi địa chỉ sang số hai mươi hai Lạch Tray và "
     "đặt cuốn séc mới, trong bảy ngày séc sẽ tới đó ạ",
     "vậy để con gái bác để ý bưu tá",
     "bác viết thư hai lần rồi mà ngân hàng không ai trả lời"),
    ("khieu_nai_chi_nhanh", "complaint", "calm",
     "{t} muốn khiếu nại chính thức, nhân viên chi nhánh Hồng "
     "Bàng nói năng hỗn với {t}, {t} muốn gửi lên cấp trên",
     "hôm thứ năm, {t} ra nộp tiền bán hàng",
     "dạ {x} muốn khiếu nại chính thức về thái độ của nhân viên chi "
     "nhánh Hồng Bàng hôm thứ năm và muốn chuyển lên cấp trên ạ",
     "dạ {x} ra chi nhánh lúc mấy giờ ạ?", "Hồng Bàng ạ?",
     "em đã lập khiếu nại chính thức mã số bốn bốn bảy một và chuyển lên "
     "giám đốc vùng, trong năm ngày làm việc sẽ có người liên hệ {x}",
     "vậy {t} chờ giám đốc vùng gọi",
     "{t} giao dịch ở đây ba mươi năm chưa bị ai nói như vậy"),
    ("them_dong_chu_tk", "", "calm",
     "{t} muốn thêm vợ {t} vào làm đồng chủ tài khoản",
     "mới cưới nên để chung cho tiện chi tiêu",
     "dạ {x} muốn chuyển tài khoản thành tài khoản chung với vợ ạ",
     "dạ vợ {x} đã có tài khoản ở bên em chưa ạ?", "vợ {x} ạ?",
     "em gửi mẫu tài khoản chung qua email cho {x} ngay, hai vợ chồng ký "
     "xong rồi mang căn cước ra chi nhánh bất kỳ là thêm được trong ngày",
     "vậy thứ bảy hai vợ chồng {t} ra chi nhánh",
     "{t} xin mẫu này mấy tháng mà không ai gửi, lộn xộn quá"),
]

VI_OUT = [
    ("nhac_no_vay_xe", "payment", "calm",
     "em gọi về khoản trả góp vay mua xe tháng này, kỳ ngày mùng ba chưa thanh toán được ạ",
     "chết, {t} mới đổi tài khoản nhận lương, giờ {t} thanh toán qua điện thoại luôn được không?",
     "dạ được ạ, em đã trích năm triệu hai từ thẻ của {x}, kỳ "
     "này ghi nhận đã thanh toán và không tính phí trễ hạn",
     "vậy là yên tâm rồi",
     "gọi tới chỗ làm của {t} hoài, ngại chết đi được"),
    ("xac_minh_gd_la", "fraud", "fear",
     "em gọi để xác minh một giao dịch trên thẻ của {x}, mười lăm triệu tại Singapore ạ",
     "hả? {t} có đi Singapore đâu, không phải {t}, {t} run hết cả người",
     "em đã khóa thẻ và hoàn lại mười lăm triệu, thẻ mới sẽ tới tay {x} trong bốn ngày",
     "trời ơi, may quá",
     ""),
    ("moi_tang_han_muc", "", "calm",
     "em gọi vì {x} được duyệt trước mức hạn mức tín dụng cao hơn, em muốn giới thiệu để {x} nắm ạ",
     "ừ, hạn mức mới là bao nhiêu?",
     "dạ hạn mức lên tám mươi triệu, nếu {x} đồng ý hôm nay thì tối nay có hiệu lực",
     "được, làm luôn đi",
     "sáu tháng trước {t} xin thì từ chối, giờ lại gọi mời, buồn cười thật"),
    ("tai_tuc_bao_hiem_nha", "cancellation", "calm",
     "em gọi vì hợp đồng bảo hiểm nhà của {x} mua qua ngân hàng sẽ tái tục vào tuần sau ạ",
     "à, {t} muốn hủy cái đó, {t} tìm được chỗ rẻ hơn rồi",
     "dạ không sao, em đã hủy để hợp đồng không tái tục và {x} sẽ nhận thư xác nhận",
     "vậy là xong",
     "phí tái tục tăng bốn mươi phần trăm, ngân hàng tưởng {t} không biết à"),
    ("the_bi_tra_ve", "address_change", "calm",
     "em gọi vì thẻ mới bên em gửi cho {x} bị bưu điện trả về ạ",
     "à, tháng trước {t} chuyển nhà, em đổi giúp {t} địa chỉ sang số ba đường Trần Phú nhé",
     "dạ xong rồi, địa chỉ đã cập nhật sang số ba Trần Phú và thẻ gửi lại hôm nay",
     "được, {t} để ý",
     "{t} đổi địa chỉ trên app mấy tuần rồi, sao ngân hàng không bao giờ cập nhật"),
    ("trien_khai_tra_luong", "", "calm",
     "em gọi để hỗ trợ thiết lập chi lương cho tài khoản doanh nghiệp mới của {x} ạ",
     "đúng lúc quá, tháng sau bên {t} có mười hai nhân viên mới",
     "em sẽ gửi email mẫu bảng lương và đường link thiết lập, "
     "{x} tải lên xong thì ngày hai mươi mình chạy thử một lần",
     "được, tuần này {t} làm",
     "thủ tục bên ngân hàng rối tung, {t} chờ cuộc gọi này ba tuần rồi"),
    ("bao_sec_bi_tu_choi", "billing", "calm",
     "em gọi báo tờ séc {x} nộp hôm thứ hai đã bị từ chối thanh toán ạ",
     "bị từ chối à? thế có bị trừ phí trên sao kê không?",
     "dạ lần này không thu phí, tờ séc sẽ gửi trả về để {x} liên hệ người phát hành",
     "ừ, để {t} gọi ông khách",
     "séc bị trả rồi giờ ngân hàng lại gọi lên lớp {t}"),
    ("chuyen_goi_tot_nghiep", "", "calm",
     "em gọi vì {x} đã tốt nghiệp nên tài khoản sinh viên "
     "có thể chuyển sang gói tài khoản người đi làm ạ",
     "khác nhau chỗ nào em?",
     "dạ {x} vẫn được miễn phí quản lý thêm ba năm, em chuyển "
     "ngay hôm nay được mà không đổi thẻ hay số tài khoản",
     "vậy chuyển đi",
     "ngân hàng thu phí {t} từ tháng trước rồi, lúc mở đâu có nói vậy"),
    ("lenh_chuyen_bi_giu", "", "calm",
     "em gọi về lệnh chuyển năm ngàn đô sang Mỹ hôm qua của {x}, "
     "bên em cần xác nhận vài thông tin trước khi giải ngân ạ",
     "đúng rồi, {t} gửi cho con gái mở tiệm",
     "dạ thông tin khớp hết, em đã cho lệnh đi và trong một ngày tiền tới",
     "tốt, con bé mừng lắm",
     "lần nào gửi tiền cho gia đình cũng bị giữ, vô lý hết sức"),
    ("lenh_dinh_ky_loi", "payment", "calm",
     "em gọi vì lệnh chuyển tiền nhà định kỳ của {x} hôm qua "
     "không thực hiện được do tài khoản không đủ số dư ạ",
     "sáng nay lương về rồi, giờ {t} thanh toán luôn được không?",
     "dạ được, em đã chuyển bảy triệu cho chủ nhà của {x}, hôm nay tiền tới",
     "may quá",
     "lỗi thì phải báo trước chứ, ngân hàng chẳng bao giờ báo gì"),
    ("ho_so_thua_ke", "", "grief",
     "em gọi về tài khoản của chồng {x}, bên em đã nhận giấy chứng tử {x} gửi ạ",
     "ừ, mấy tuần nay khó khăn lắm, {t} vẫn chưa tin là ông ấy đi rồi",
     "bên em sẽ chuyển số dư sang tài khoản của {x} trong tuần này "
     "và đóng tài khoản của ông nhà, {x} không cần gửi thêm gì nữa",
     "vậy đỡ được một việc",
     ""),
    ("theo_doi_khieu_nai", "complaint", "calm",
     "em gọi để cập nhật về khiếu nại {x} gửi tuần trước về chi nhánh ạ",
     "ừ, {t} vẫn chưa hài lòng với cách họ đối xử, {t} muốn gửi lên cấp cao hơn",
     "em đã chuyển lên giám đốc khối khiếu nại và trong mười ngày {x} sẽ nhận văn bản trả lời",
     "ừ, để xem",
     "cả tuần nay không ai ở ngân hàng thèm báo cho {t}"),
]

VI = {
    "company": "Ngân hàng ABC",
    "greet": ["Dạ xin chào {x0}", "Alô, em chào {x0} ạ", "Dạ em chào {x0}", "Xin chào {x0} ạ",
              "Chào {x0} ạ"],
    "greet_formal": ["Kính chào quý khách", "Dạ xin kính chào quý khách"],
    "comp": ["Ngân hàng ABC xin nghe", "đây là tổng đài Ngân hàng ABC", "Ngân hàng ABC đây ạ",
             "tổng đài chăm sóc khách hàng Ngân hàng ABC"],
    "comp_bare": ["Ngân hàng ABC", "tổng đài Ngân hàng ABC"],
    "intro": ["em là {n}", "em tên {n}", "em {n} nghe máy ạ", "{n} ở đầu dây đây ạ",
              "em {n}, nhân viên chăm sóc khách hàng"],
    "intro_formal": ["em là {n}, chuyên viên tư vấn của ngân hàng", "em tên là {n}"],
    "offer": ["em có thể giúp gì cho {x0} ạ?", "{x0} cần em hỗ trợ việc gì ạ?",
              "{x0} đang cần giải quyết việc gì, em sẵn sàng hỗ trợ ạ",
              "hôm nay em giúp được gì cho {x0} ạ?"],
    "offer_formal": ["quý khách cần hỗ trợ thông tin gì ạ?",
                     "em rất hân hạnh được hỗ trợ quý khách, quý khách cần gì ạ?"],
    "offer_terse": ["cần giúp gì ạ?", "cần hỗ trợ gì ạ?"],
    "ramble": ["dạ dạ, em xin phép, em mới vào làm nên hơi chậm",
               "dạ hôm nay tổng đài đông quá nên mấy anh chị chờ hơi lâu",
               "để em mở màn hình lên đã ạ", "dạ em đang tập quen hệ thống mới ạ"],
    "small_c": ["gọi mãi mới được, hôm nay tổng đài đông hả em?", "nghe giọng em vui ghê ha",
                "chỗ em có mưa không, ở đây mưa quá trời"],
    "small_a": ["dạ sáng giờ máy reo liên tục luôn ạ", "dạ em cũng cố gắng ạ, đầu tuần mà",
                "dạ ở đây cũng mưa nãy giờ ạ"],
    "small_c2": ["ờ vậy hả", "thôi cũng được", "ừ chỗ nào cũng vậy"],
    "idq": ["trước tiên {x0} đọc họ tên và ngày sinh để em xác minh ạ",
            "dạ {x0} cho em xin họ tên với số căn cước trước ạ"],
    "ida": ["{cn}, sinh ngày mười hai tháng tư năm bảy tám",
            "{cn}, căn cước số không bảy chín hai ba bốn"],
    "idok": ["dạ em đã xác minh xong.", "dạ thông tin khớp rồi ạ.",
             "dạ em cảm ơn, xác minh xong rồi ạ."],
    "emp": ["dạ em rất tiếc khi nghe chuyện này", "em hiểu là {x} đang rất bực, em xin lỗi {x} ạ",
            "em thật lòng xin lỗi vì sự bất tiện này ạ",
            "dạ em thông cảm với {x}, chuyện này phiền thật ạ",
            "em xin lỗi vì {x} phải trải qua chuyện này ạ"],
    "emp_grief": ["dạ em xin chia buồn cùng gia đình {x} ạ", "em rất tiếc về sự mất mát của {x} ạ"],
    "emp_fear": ["dạ em hiểu {x} đang rất lo, em rất tiếc ạ", "em rất tiếc, chắc {x} lo lắm ạ"],
    "blame": ["cái này là do {x} tự bấm nhầm chứ bên em đâu có sai",
              "{x} phải đọc kỹ điều khoản trước khi ký chứ",
              "tại {x} không để ý tin nhắn bên em gửi thôi",
              "lỗi là ở {x} nhập sai thông tin chứ không phải ngân hàng"],
    "rude": ["{x} hỏi mãi một câu thế", "việc đó em không quan tâm",
             "{x} nói nhanh lên, em còn nhiều cuộc khác",
             "thôi {x} tự lên chi nhánh mà hỏi"],
    "prof": ["đm cái hệ thống lại treo rồi", "máy chậm vl", "dit me lại lỗi", "vcl lại văng ra rồi",
             "deo chay gi ca"],
    "strict": ["cái máy này đéo chạy nữa rồi", "địt mẹ, lại mất kết nối", "đụ má, lỗi nữa rồi",
               "hệ thống chậm vãi",
               "đéo biết sao nó treo"],
    "interrupt": ["dạ dạ khoan khoan, {x} nghe em nói đã", "khoan đã {x}", "dạ {x} để em nói đã"],
    "check": ["{x} vui lòng giữ máy một chút để em kiểm tra ạ",
              "dạ để em xem lại hệ thống một chút ạ"],
    "midthanks": ["dạ cảm ơn {x} đã chờ máy ạ.", "dạ em cảm ơn {x} đã đợi ạ."],
    "fake_res": ["dạ để em ghi nhận lại", "bên em sẽ xem xét ạ",
                 "em chuyển thông tin cho bộ phận liên quan",
                 "{x} cứ để em lo, có gì bên em báo sau"],
    "ae": ["{x} còn cần em hỗ trợ thêm việc gì nữa không ạ?",
           "ngoài việc này {x} còn thắc mắc gì khác không ạ?",
           "{x} có cần hỏi thêm gì nữa không ạ?", "còn việc gì khác em làm được cho {x} không ạ?"],
    "ae_decoy": ["trên sao kê còn khoản nào khác {x} không nhận ra không ạ?",
                 "trong sao kê còn khoản nào khác bị sai không {x}?"],
    "cust_none": ["không còn gì nữa em ơi", "thế thôi, cảm ơn em nhé", "hết rồi em"],
    "cust_done": ["vậy chắc xong rồi ha", "thôi vậy là được rồi"],
    "thanks": ["cảm ơn {x} đã gọi cho Ngân hàng ABC", "em cảm ơn {x} nhiều ạ",
               "cám ơn {x} đã tin dùng dịch vụ bên em",
               "em cảm ơn {x} đã kiên nhẫn ạ"],
    "bye": ["em chào {x} ạ", "chúc {x} một ngày tốt lành, em chào {x}", "tạm biệt {x} nhé",
            "dạ em chào {x}, hẹn gặp lại ạ"],
    "cust_bye": ["ừ chào em", "chào em nhé", "ừ bai em", "chào em"],
    "closing_pre": ["dạ vâng.", "dạ.", "dạ được rồi ạ."],
    "noclose": ["dạ vậy là xong hết phần bên em ạ."],
    "cust_ack": ["ừ vậy được", "ờ vậy thì tốt", "ừ được rồi", "đúng rồi"],
    "cust_yes": ["ừ đúng rồi", "đúng vậy đó", "ừ"],
    "cust_company": ["alô, có phải Ngân hàng ABC không?", "alô, ngân hàng ABC hả em?"],
    "cust_hello": ["alô, chào em.", "alô alô."],
    "cust_name": ["{t} tên {cn} nha.", "{t} là {cn}."],
    "who_q": ["mà em tên gì ấy nhỉ?", "khoan, em tên là gì?"],
    "who_a": ["dạ em tên {n} ạ", "dạ em là {n} ạ"],
    "which_q": ["mà đây là ngân hàng nào ấy nhỉ?", "khoan, em gọi từ đâu vậy?"],
    "which_a": ["dạ đây là Ngân hàng ABC ạ", "dạ em gọi từ Ngân hàng ABC ạ"],
    "late_greet": ["à em chào {x} ạ, nãy em quên chào", "dạ em xin chào {x}, nãy em chưa chào"],
    "late_emp": ["dạ mà em xin lỗi {x}, lẽ ra em phải nói sớm hơn, chuyện này phiền thật"],
    "quick_q": ["cho hỏi nhanh, chi nhánh Trần Phú thứ bảy có làm việc không em?",
                "hỏi nhanh chút, chuyển khoản trong ngày thì mấy giờ là hết hạn em?"],
    "quick_r": ["dạ chi nhánh Trần Phú thứ bảy mở từ tám giờ tới "
                "mười một giờ rưỡi, {x} ghé giờ đó là được ạ.",
                "dạ trước ba giờ rưỡi chiều thì tiền tới trong ngày ạ."],
    "quick_g": ["à em chào {x} ạ, nãy em nói luôn mà chưa chào", "dạ em xin chào {x}, em vội quá"],
    "quick_c": ["ừ, còn một việc nữa là", "ờ, với lại"],
    "card_read": ["em đọc lại số thẻ nhé, {card}, đúng không ạ?",
                  "số thẻ của {x} là {card}, mã bảo mật {cvv} ạ",
                  "mã ba số mặt sau là {cvv} đúng không {x}?"],
    "cust_card": ["số thẻ là {card}", "số thẻ {card}, mã sau lưng {cvv}"],
    "last4": ["em thấy thẻ đuôi {l4} ạ.", "dạ thẻ có bốn số cuối {l4} ạ."],
    "ref": ["mã tra cứu của {x} là {ref} ạ.", "em ghi mã hồ sơ {ref} cho {x} ạ."],
    "phone": ["bên em sẽ nhắn tin về số {phone} khi xong ạ.",
              "số điện thoại của {x} là {phone} đúng không ạ."],
    "addrq": "{x} cho em xin địa chỉ thường trú ạ?",
    "card_ask": ["{x} đọc số thẻ ở mặt trước cho em ạ?",
                 "{x} cho em xin số thẻ đang gặp vấn đề ạ?"],
    "cust_rest_ok": ["không, mấy khoản khác đúng hết", "không, còn lại là của {t} hết"],
    "cswear": ["đm làm ăn kiểu gì vậy", "chậm vãi", "dit me cai ngan hang"],
    "adda": "{addr}",
    "addrb": "dạ địa chỉ là {addr}, em ghi nhận ạ.",
    "pad": [
        ("{x} mở tài khoản bên em lâu chưa ạ?", "cũng mười mấy năm rồi"),
        ("{x} hay giao dịch qua app hay ra quầy ạ?", "chủ yếu là qua app"),
        ("email của {x} vẫn là email cũ đúng không ạ?", "ừ vẫn cái đó"),
        ("xong việc em nhắn tin báo {x} nhé?", "ừ nhắn tin là tiện nhất"),
        ("{x} còn tài khoản nào khác bị như vậy không ạ?", "chắc là không"),
        ("tháng trước {x} có nhận thư bên em gửi không ạ?", "không thấy thư nào hết"),
        ("dạ bên em không bao giờ hỏi mã PIN qua điện thoại đâu ạ.", "ừ biết rồi"),
        ("hệ thống hôm nay hơi chậm, {x} chờ em chút xíu.", "ừ không sao"),
        ("khoản tiền đó ban đầu là để làm gì ạ?", "thì chi tiêu trong nhà thôi"),
        ("{x} đang gọi từ nhà hay chỗ làm ạ?", "đang ở chỗ làm, giờ nghỉ trưa"),
        ("{x} còn giữ giấy tờ lúc mở tài khoản không ạ?", "chắc còn trong tủ"),
        ("thư từ vẫn gửi về địa chỉ cũ trên hồ sơ được không ạ?", "ừ được"),
    ],
    "cpad": [
        ("đường dây rè quá, em nghe rõ không?", "dạ giờ em nghe rõ rồi ạ"),
        ("vụ này mất bao lâu nữa em?", "dạ chỉ vài phút nữa thôi ạ"),
        ("có phải ra chi nhánh không em?", "dạ không cần đâu, mình làm qua điện thoại luôn ạ"),
        ("vụ này có ảnh hưởng điểm tín dụng không em?", "dạ không ảnh hưởng gì ạ"),
    ],
    "out_hello": ["alô?", "alô, ai đó?", "alô, nghe đây", "a lô?"],
    "out_greet": ["Dạ em chào {x}", "Alô em chào {x} ạ", "Dạ xin chào {x}"],
    "out_intro": ["em là {n}", "em tên {n}", "em {n} đây ạ"],
    "out_comp": ["em gọi từ Ngân hàng ABC", "bên Ngân hàng ABC ạ", "em ở tổng đài Ngân hàng ABC"],
    "out_id": ["cho em hỏi có phải {x} {cn} không ạ?",
               "em đang nói chuyện với {x} {cn} phải không ạ?"],
    "out_id_a": ["ừ đúng rồi", "ừ, ai vậy?", "phải"],
    "out_dob": ["trước khi nói tiếp {x} cho em xin ngày sinh để xác minh ạ",
                "để bảo mật, {x} đọc giúp em ngày sinh ạ"],
    "out_dob_a": ["mùng chín tháng bảy năm bảy tám", "mười hai tháng hai năm chín mươi"],
    "rec": ["cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ ạ",
            "em xin thông báo cuộc gọi đang được ghi âm ạ",
            "cuộc gọi sẽ được ghi âm ạ"],
    "consent": ["{x} có đồng ý tiếp tục không ạ?", "{x} cho phép em tiếp tục nhé?",
                "{x} đồng ý cho em ghi âm chứ ạ?",
                "mình tiếp tục được không ạ?"],
    "consent_a": ["ừ được", "ừ em nói đi", "được, không sao"],
    "out_ok": ["ừ", "ờ", "rồi sao", "ừ em nói đi"],
    "out_thanks": ["em cảm ơn {x} đã dành thời gian ạ", "cảm ơn {x} nhiều ạ"],
    "out_bye": ["em chào {x} ạ", "chúc {x} một ngày vui, em chào {x}"],
    "why_q": ["mà em gọi có việc gì vậy?", "rồi có chuyện gì không em?"],
    "rec_late": ["dạ em quên báo, cuộc gọi này được ghi âm ạ"],
    "consent_late": ["{x} có đồng ý để em tiếp tục không ạ?"],
    "agent_ok": ["dạ.", "dạ vâng.", "dạ được ạ."],
}

VI_PROFILES = {
    "hue": dict(pre=["ờ,", "răng rứa,"], suf=["hỉ", "rứa đó", "nghe"],
                rep={"gì": "chi", "sao": "răng", "đâu": "mô", "vậy": "rứa", "này": "ni"},
                t="tui", names_m=["Tôn Thất Bửu", "Lê Văn Khoa"],
                names_f=["Nguyễn Thị Hoài", "Hồ Thị Mận"]),
    "haiphong": dict(pre=["ơ,", "này,"], suf=["nhở", "đấy", "thế"], rep={}, t="tôi",
                     names_m=["Phạm Văn Hùng", "Vũ Đức Lực"],
                     names_f=["Đỗ Thị Hạnh", "Bùi Thị Nga"]),
    "hanoi_old": dict(pre=["cháu ơi,", "này cháu,"], suf=["cháu ạ", "đấy cháu"], rep={}, t="bác",
                      names_m=["Nguyễn Văn Thiệp", "Trần Đình Bảo"],
                      names_f=["Lê Thị Thục", "Phan Thị Liễu"]),
    "saigon_youth": dict(pre=["ủa,", "dạ,"], suf=["nha", "á", "nè"],
                         rep={"kiểm tra": "check", "hoàn tiền": "refund", "hủy": "cancel",
                              "ứng dụng": "app", "mã xác thực": "OTP"},
                         t="mình", names_m=["Trần Minh Khôi", "Lý Gia Huy"],
                         names_f=["Ngô Bảo Ngọc", "Phạm Khánh Linh"]),
    "khmer": dict(pre=["dạ,", "ờ,"], suf=["hông", "đó"], rep={"không": "hông", "về": "dìa"},
                  t="tui", names_m=["Thạch Sơn", "Danh Tha"],
                  names_f=["Thị Sa Phi", "Lâm Thị Sóc"]),
}
VI_AGENTS = [("Trần Ngọc Khánh", "Khánh"), ("Lê Hoàng Diệp", "Diệp"),
             ("Nguyễn Mạnh Cường", "Cường"), ("Phạm Thảo Vy", "Vy"), ("Đặng Yến Nhi", "Nhi"),
             ("Võ Thị Loan", "Loan"), ("Huỳnh Mỹ Duyên", "Duyên"), ("Bùi Kim Oanh", "Oanh"),
             ("Lương Trà Giang", "Giang"), ("Đoàn Tú Uyên", "Uyên"), ("Mai Tấn Lộc", "Lộc"),
             ("Hoàng Minh Sơn", "Sơn"), ("Tạ Đình Luân", "Luân"), ("Cao Quốc Hưng", "Hưng")]
VI_QUEUES = {"in": ["ca_nhan", "doanh_nghiep", "the", "cho_vay", "thanh_toan", "sinh_vien"],
             "out": ["thu_no", "chong_gian_lan", "giu_chan_khach_hang", "doanh_nghiep_moi",
                     "cham_soc_khach_hang"]}
VI_ADDR = ["bốn lăm Lê Lợi, phường Vĩnh Ninh", "mười tám ngõ chín Lạch Tray",
           "hai mươi ba đường Ba Tháng Hai", "bảy Kim Long"]
GENDER = {"dong_tk_chung": "f", "them_dong_chu_tk": "m", "ho_so_thua_ke": "f",
          "so_sec_doi_dia_chi": "old", "joint_close": "f", "add_joint_holder": "f",
          "bereavement_followup": "f"}

# ---------------------------------------------------------------------------------------------
# text helpers and recogniser noise
# ---------------------------------------------------------------------------------------------
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
PUNCT = ".,?!;:"


def strip_tones(w):
    d = unicodedata.normalize("NFD", w)
    return unicodedata.normalize("NFC", "".join(ch for ch in d if ch not in TONES))


def strip_all(w):
    d = unicodedata.normalize("NFD", w)
    d = "".join(ch for ch in d if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", d).replace("đ", "d").replace("Đ", "D")


def wrong_tone(w, rng):
    d = unicodedata.normalize("NFD", w)
    for i, ch in enumerate(d):
        if ch in TONES:
            other = rng.choice([t for t in TONES if t != ch])
            d2 = d[:i] + d[i + 1:]
            k = i
            while k < len(d2) and unicodedata.combining(d2[k]):
                k += 1
            return unicodedata.normalize("NFC", d2[:k] + other + d2[k:])
    return w


def norm(w):
    return strip_all(w.lower()).strip(PUNCT)


def depunct(words):
    out = []
    for w in words:
        w2 = w.strip(PUNCT).replace(",", "")
        if w2:
            out.append(w2)
    return out


EN_HOMO = {"your": "you're", "you're": "your", "there": "their", "by": "bye", "to": "too",
           "for": "four", "know": "no", "right": "write", "here": "hear", "one": "won",
           "it's": "its", "were": "where"}
EN_SPLIT = {"today": "to day", "anything": "any thing", "alright": "all right", "cannot": "can not",
            "into": "in to", "tonight": "to night", "everything": "every thing",
            "someone": "some one", "tomorrow": "to morrow"}
EN_JOIN = [("a", "lot"), ("thank", "you"), ("all", "right"), ("bear", "with"), ("let", "me")]
EN_NUM = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "fifteen": "15", "twenty": "20",
          "thirty": "30", "fifty": "50", "ninety": "90", "hundred": "100"}
EN_FILL = ["uh", "um", "like", "er"]
EN_CO = ["acme bang", "acne bank", "a cme bank", "acme bunk", "acmebank"]
VI_FILL = ["ờ", "à", "ừm", "dạ dạ", "ờ ờ"]
VI_CO = ["ngân hàng a bê xê", "ngân hàng a bê xê", "ngânhàng abc", "ngân hàng ây bi xi"]


def noise_en(words, level, rng, first_keep):
    out = []
    text = " ".join(depunct(words)).lower()
    if "acme bank" in text and rng.random() < 0.5:
        text = text.replace("acme bank", rng.choice(EN_CO))
    ws = text.split(" ")
    p = 0.06 * level
    i = 0
    while i < len(ws):
        w = ws[i]
        if i + 1 < len(ws) and (w, ws[i + 1]) in EN_JOIN and rng.random() < p * 2:
            out.append(w + ws[i + 1])
            i += 2
            continue
        r = rng.random()
        if w in EN_HOMO and r < p * 3:
            w = EN_HOMO[w]
        elif w in EN_SPLIT and r < p * 3:
            w = EN_SPLIT[w]
        elif w in EN_NUM and r < p * 4:
            w = EN_NUM[w]
        elif w in ("the", "a", "of", "just") and i > 0 and r < p:
            i += 1
            continue
        out.append(w)
        if r > 1 - p * 0.25:
            out.append(w)  # repeated word
        if i > 0 and rng.random() < p * 0.4:
            out.append(rng.choice(EN_FILL))
        i += 1
    if not out:
        out = ws
    return " ".join(out).split(" ")


def noise_vi(words, level, rng, whole):
    text = " ".join(depunct(words))
    low = text.lower()
    if "ngân hàng abc" in low and rng.random() < 0.5:
        i = low.index("ngân hàng abc")
        text = text[:i] + rng.choice(VI_CO) + text[i + len("ngân hàng abc"):]
    text = text.replace("Alô", "a lô").replace("alô", "a lô")
    if rng.random() < 0.7:
        text = text.lower()
    ws = text.split(" ")
    out = []
    p = 0.1 * level
    i = 0
    while i < len(ws):
        w = ws[i]
        if whole == "all":
            w = strip_all(w)
        elif whole == "tones":
            w = strip_tones(w)
        else:
            r = rng.random()
            if r < p * 1.5:
                w = strip_tones(w)
            elif r < p * 1.7:
                w = strip_all(w)
            elif r < p * 1.8:
                w = wrong_tone(w, rng)
        if i + 1 < len(ws) and rng.random() < p * 0.3:
            nxt = ws[i + 1] if whole is None else (
                strip_all(ws[i + 1]) if whole == "all" else strip_tones(ws[i + 1]))
            out.append(w + nxt)
            i += 2
            continue
        out.append(w)
        if i > 0 and rng.random() < p * 0.15:
            out.extend(rng.choice(VI_FILL).split(" "))
        i += 1
    return out


# ---------------------------------------------------------------------------------------------
# call assembly
# ---------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.L = EN if lang == "en" else VI
        self.fmt = {}

    def f(self, text):
        out = text
        for k, v in self.fmt.items():
            out = out.replace("{" + k + "}", v)
            out = out.replace("{" + k.upper() + "}", v[:1].upper() + v[1:])
        if self.lang == "vi" and self.fmt.get("x") == "bác" and self.fmt.get("x0") != "quý khách":
            out = " ".join("cháu" if w == "em" else ("Cháu" if w == "Em" else w)
                           for w in out.split(" "))
        return out

    def pick(self, key):
        return self.f(self.rng.choice(self.L[key]))


def P(text, tag=None, cats="", protect=False):
    return {"text": text, "tag": tag, "cats": set(cats.split()) if cats else set(),
            "protect": protect}


class Call:
    def __init__(self, ctx):
        self.ctx = ctx
        self.segs = []
        self.deferred = []
        self.decoys = []

    def seg(self, spk, pieces, **kw):
        s = {"spk": spk, "pieces": [p for p in pieces if p is not None and p["text"]],
             "neg": False, "raised": False, "ov": 0.0, "hold": 0.0, "holdable": False,
             "closing": False, "pos": False}
        s.update(kw)
        if not s["pieces"]:
            return None
        self.segs.append(s)
        return s

    def A(self, *pieces, **kw):
        return self.seg("agent", pieces, **kw)

    def C(self, *pieces, **kw):
        return self.seg("customer", pieces, **kw)


def dialect(ctx, text, prob=0.5):
    prof = ctx.profile
    rng = ctx.rng
    if prof["rep"]:
        ws = text.split(" ")
        for i, w in enumerate(ws):
            if w in prof["rep"] and rng.random() < 0.7:
                ws[i] = prof["rep"][w]
        text = " ".join(ws)
        for k, v in prof["rep"].items():
            if " " in k and k in text and rng.random() < 0.7:
                text = text.replace(k, v)
    if rng.random() < prob * 0.6:
        text = rng.choice(prof["pre"]) + " " + text
    if rng.random() < prob * 0.6:
        text = text.rstrip(".?!") + " " + rng.choice(prof["suf"])
    return text


def cardnum(rng, words):
    digits = [rng.choice("45")] + [str(rng.randrange(10)) for _ in range(15)]
    if words:
        en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return " ".join(en[int(d)] for d in digits)
    return " ".join("".join(digits[i:i + 4]) for i in range(0, 16, 4))


VI_DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
EN_DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def set_fmt(ctx, gender):
    rng = ctx.rng
    if ctx.lang == "en":
        cn = rng.choice(ctx.profile["names"])
        ctx.fmt = {"n": ctx.agent[1], "cn": cn, "x": "", "x0": "", "t": "I"}
    else:
        prof = ctx.profile
        if gender == "old" or ctx.profname == "hanoi_old":
            x = "bác"
        elif ctx.profname == "saigon_youth":
            x = (rng.choice(["anh", "chị"]) if gender is None
                 else ("chị" if gender == "f" else "anh"))
        else:
            g = gender or rng.choice("mf")
            x = rng.choice(["anh", "chú"] if g == "m" else ["chị", "cô"])
        if gender == "f" and x in ("anh", "chú"):
            x = "chị"
        if gender == "m" and x in ("chị", "cô"):
            x = "anh"
        female = x in ("chị", "cô") or (x == "bác" and gender != "m" and rng.random() < 0.5)
        cn = rng.choice(prof["names_f"] if female else prof["names_m"])
        t = "bác" if x == "bác" else prof["t"]
        if ctx.profname == "saigon_youth":
            t = rng.choice(["mình", "em"])
        ctx.fmt = {"n": ctx.agent[1], "cn": cn, "x": x,
                   "x0": "quý khách" if ctx.style == "formal" else (
                       x if x == "bác" else rng.choice(["anh chị", "quý khách", x])),
                   "t": t}
    words = rng.random() < 0.35
    card = cardnum(rng, words and ctx.lang == "en")
    if ctx.lang == "vi" and words:
        card = " ".join(VI_DIG[int(ch)] for ch in card.replace(" ", ""))
    cvv = " ".join(str(rng.randrange(10)) for _ in range(3))
    l4 = "".join(ch for ch in card if ch.isdigit())[-4:]
    if len(l4) < 4:
        l4 = "".join(str((EN_DIGW + VI_DIG).index(w) % 10) for w in card.split(" ")[-4:])
    ref = (rng.choice(["QX", "RT", "MB", "KL"]) + " " + str(rng.randrange(1000, 9999)) + " "
           + str(rng.randrange(10, 99)))
    phone = (("07700 900 " + str(rng.randrange(100, 999))) if ctx.lang == "en"
             else ("09" + str(rng.randrange(10, 99)) + " " + str(rng.randrange(100, 999)) + " "
                   + str(rng.randrange(100, 999))))
    addr = rng.choice(EN_ADDR if ctx.lang == "en" else VI_ADDR)
    ctx.fmt.update({"card": card, "cvv": cvv, "l4": l4, "ref": ref, "phone": phone, "addr": addr})


def est_secs(segs):
    return (sum(len(p["text"].split()) * 0.37 for s in segs for p in s["pieces"])
            + 0.9 * len(segs) + sum(s["hold"] for s in segs))


def general_pieces(call, f):
    """Fault pieces for the general rules (placed by the builders)."""
    ctx = call.ctx
    out = {}
    if "no_blame" in f:
        out["blame"] = P(ctx.pick("blame"), "blame")
    if "rude" in f:
        out["rude"] = P(ctx.pick("rude"), "rude")
    if "profanity_vi_strict" in f:
        out["prof"] = P(ctx.pick("strict"), "strict", protect=True)
    elif "profanity" in f:
        out["prof"] = P(ctx.pick("prof"), "prof", protect=True)
    return out


def card_block(call, f):
    ctx, rng = call.ctx, call.ctx.rng
    if "no_card_readback" in f:
        call.A(P(ctx.pick("card_ask")))
        call.C(P(ctx.pick("cust_card"), protect=True))
        call.A(P(ctx.pick("card_read"), "card", protect=True))
        return True
    if rng.random() < 0.3:
        call.A(P(ctx.pick("card_ask")))
        call.C(P(ctx.pick("cust_card"), protect=True))
        call.A(P(ctx.pick("last4"), protect=True))
        call.decoys.append("last4_after_full_number")
        return True
    return False


def emp_piece(ctx, kind):
    key = {"grief": "emp_grief", "fear": "emp_fear"}.get(kind, "emp")
    return P(ctx.pick(key), "emp")


def angry_line(call, sc_ang, kind, prefix=""):
    ctx, rng = call.ctx, call.ctx.rng
    pcs = []
    if kind == "anger":
        line = sc_ang or ctx.rng.choice(call.generic_ang)
        pcs.append(P(dialect(ctx, ctx.f(line), 0.3), cats="complaint"))
        if rng.random() < 0.25:
            pcs.append(P(ctx.pick("cswear"), cats="complaint", protect=True))
            call.decoys.append("customer_swears")
    return pcs


def build_inbound(call, f, long_call, sc):
    ctx, rng, L = call.ctx, call.ctx.rng, call.ctx.L
    key, cats, mood, prob, det, conf, ask, echo, res, nxt, ang = sc
    style = ctx.style
    kind = call.kind  # None | anger | grief | fear
    anger_late = kind == "anger" and rng.random() < 0.3
    gen = general_pieces(call, f)
    # ---- opening
    gbr_fail = "greeting_before_resolution" in f
    has_g = "greeting" not in f and not gbr_fail
    formal = style == "formal"
    g = P(ctx.pick("greet_formal" if formal else "greet"), "greet") if has_g else None
    comp_pool = "comp_bare" if style == "terse" else "comp"
    cp = None
    if "company_name" not in f:
        txt = ctx.pick(comp_pool)
        while "greeting" in f and "welcome" in txt:
            txt = ctx.pick(comp_pool)
        cp = P(txt, "company")
    ip = (P(ctx.pick("intro_formal" if formal else "intro"), "intro")
          if "self_intro" not in f else None)
    op = None
    if "offer_help" not in f:
        op = P(ctx.pick({"formal": "offer_formal", "terse": "offer_terse"}.get(style, "offer")),
               "offer")
    pre_problem = []
    if "greeting" in f and rng.random() < 0.6:
        pre_problem.append(P(ctx.pick("cust_hello")))
        call.decoys.append("customer_hello")
    if "company_name" in f and rng.random() < 0.6:
        pre_problem.append(P(ctx.pick("cust_company")))
        call.decoys.append("customer_says_company")
    if "self_intro" in f and rng.random() < 0.5:
        pre_problem.append(P(ctx.pick("cust_name")))
        call.decoys.append("customer_says_own_name")
    if gbr_fail:
        call.A(cp, ip) or call.A(P(ctx.pick("agent_ok")))
        qi = rng.randrange(len(L["quick_q"]))
        call.C(P(ctx.f(L["quick_q"][qi])))
        call.A(P(ctx.f(L["quick_r"][qi]), "resol"), P(ctx.pick("quick_g"), "greet"), op)
        pre_problem.append(P(ctx.pick("quick_c")))
        call.decoys.append("resolution_before_greeting")
    elif style == "smalltalk":
        call.A(g, cp, ip) or call.A(P(ctx.pick("agent_ok")))
        call.C(P(dialect(ctx, ctx.pick("small_c"))))
        call.A(P(ctx.pick("small_a")))
        if op:
            call.C(P(ctx.pick("small_c2")))
            call.A(op)
            call.decoys.append("offer_after_small_talk")
        else:
            pre_problem.insert(0, P(ctx.pick("small_c2")))
    elif style == "idfirst":
        qi = rng.randrange(len(L["idq"]))
        call.A(g, cp, ip, P(ctx.f(L["idq"][qi])))
        call.C(P(ctx.f(L["ida"][qi])))
        call.A(P(ctx.pick("idok")), op)
        if op:
            call.decoys.append("offer_after_id_check")
    elif style == "rambler":
        r1, r2 = rng.sample(L["ramble"], 2)
        call.A(g, P(ctx.f(r1)), cp, ip, P(ctx.f(r2)), op)
    else:  # merged, formal, terse
        call.A(g, cp, ip, op) or call.A(P(ctx.pick("agent_ok")))
    if "greeting" in f and rng.random() < 0.3:
        call.deferred.append(("prefix", 24.0, P(ctx.pick("late_greet"), "greet")))
        call.decoys.append("late_greeting")
    if "company_name" in f and rng.random() < 0.35:
        call.deferred.append(("pair", 24.0, [("customer", P(ctx.pick("which_q"))),
                                             ("agent", P(ctx.pick("which_a"), "company"))]))
        call.decoys.append("late_company")
    if "self_intro" in f and rng.random() < 0.35:
        call.deferred.append(("pair", 34.0, [("customer", P(ctx.pick("who_q"))),
                                             ("agent", P(ctx.pick("who_a"), "intro"))]))
        call.decoys.append("late_intro")
    # ---- problem
    pp = pre_problem + [P(dialect(ctx, ctx.f(prob)), cats=cats)]
    first_angry = kind is not None and not anger_late
    if first_angry:
        pp += angry_line(call, ang, kind)
    call.C(*pp, neg=first_angry, raised=first_angry and kind == "anger" and rng.random() < 0.5)
    # ---- first agent reaction
    conf_fail = "confirm_problem" in f
    conf_pos = None if conf_fail else rng.choice(
        ["early", "late", "late"] if long_call else ["early", "early", "late"])
    r1 = []
    if first_angry and "no_interrupting_angry_customer" in f:
        r1.append(P(ctx.pick("interrupt")))
    if first_angry and "empathy" not in f:
        r1.append(emp_piece(ctx, kind))
    if "blame" in gen and rng.random() < 0.5:
        r1.append(gen.pop("blame"))
    if conf_pos == "early":
        r1.append(P(ctx.f(conf), "confirm"))
        r1.append(P(ctx.f(ask)))
    elif conf_fail and rng.random() < 0.5:
        r1.append(P(ctx.f(echo)))
        r1.append(P(ctx.f(ask)))
        call.decoys.append("echo_question")
    else:
        r1.append(P(ctx.f(ask)))
        if conf_fail:
            call.decoys.append("new_info_question")
    call.A(*r1, ov=(rng.uniform(0.8, 2.0)
                    if first_angry and "no_interrupting_angry_customer" in f else 0.0))
    call.C(P(dialect(ctx, ctx.f(det), 0.3)))
    if first_angry and "empathy" in f and rng.random() < 0.3:
        call.deferred.append(("prefix_anger", 23.5, P(ctx.pick("late_emp"), "emp")))
        call.decoys.append("late_empathy")
    if conf_pos == "late":
        call.A(P(ctx.pick("agent_ok")), P(ctx.f(conf), "confirm"), gen.pop("blame", None))
        call.C(P(ctx.pick("cust_yes")))
    elif "blame" in gen:
        call.A(gen.pop("blame"))
        call.C(P(ctx.pick("cust_ack")))
    if not card_block(call, f) and style != "idfirst" and (long_call or rng.random() < 0.25):
        call.A(P(ctx.f(L["addrq"])))
        call.C(P(ctx.f(L["adda"])))
        if rng.random() < 0.6:
            call.A(P(ctx.f(L["addrb"])), gen.pop("rude", None))
            call.decoys.append("address_readback")
            call.C(P(ctx.pick("cust_ack")))
    call.pad_at = len(call.segs)
    # ---- check, hold, resolution
    use_hold = long_call or anger_late or rng.random() < 0.45
    resp = P(ctx.f(res), "resol") if "resolution" not in f else P(ctx.pick("fake_res"))
    if "resolution" in f:
        call.decoys.append("bare_promise")
    extra = []
    if rng.random() < 0.3 and "resolution" not in f:
        extra.append(P(ctx.pick("ref"), protect=True))
        call.decoys.append("reference_number")
    elif rng.random() < 0.2:
        extra.append(P(ctx.pick("phone"), protect=True))
        call.decoys.append("phone_number")
    if use_hold:
        call.A(gen.pop("prof", None), P(ctx.pick("check")))
        if anger_late:
            call.A(P(ctx.pick("midthanks"), "midthanks"), holdable=True, hold=rng.uniform(18, 40))
            lines = angry_line(call, ang, "anger")
            call.C(*lines, neg=True, raised=rng.random() < 0.5)
            nint = "no_interrupting_angry_customer" in f
            emp = emp_piece(ctx, "anger") if "empathy" not in f else None
            call.A(P(ctx.pick("interrupt")) if nint else None, emp, gen.pop("rude", None), resp,
                   *extra, ov=rng.uniform(0.8, 2.0) if nint else 0.0)
        else:
            call.A(P(ctx.pick("midthanks"), "midthanks"), gen.pop("rude", None), resp, *extra,
                   holdable=True, hold=rng.uniform(6, 30))
    else:
        call.A(gen.pop("prof", None), gen.pop("rude", None), resp, *extra, holdable=True)
    if "resolution" in f and rng.random() < 0.7:
        call.C(P(dialect(ctx, ctx.f(nxt), 0.3)))
        call.decoys.append("customer_says_next_step")
    else:
        call.C(P(ctx.pick("cust_ack")) if rng.random() < 0.6 else P(dialect(ctx, ctx.f(nxt), 0.3)))
    call.post_pad = len(call.segs)
    # ---- anything else
    if "anything_else" not in f:
        call.A(P(ctx.pick("ae"), "ae"))
        call.C(P(ctx.pick("cust_none")))
    else:
        if set(cats.split()) & {"billing", "fraud", "refund"} or rng.random() < 0.3:
            call.A(P(ctx.pick("ae_decoy")))
            call.C(P(ctx.pick("cust_rest_ok")), P(ctx.pick("cust_done")))
            call.decoys.append("anything_else_on_statement")
        else:
            call.segs[-1]["pieces"].append(P(ctx.pick("cust_done")))
            call.decoys.append("customer_closes_unasked")
    # ---- closing
    th_fail, by_fail, tbg_fail = "thanks" in f, "goodbye" in f, "thanks_before_goodbye" in f
    pre = P(ctx.pick("closing_pre")) if rng.random() < 0.5 else None
    if tbg_fail:
        call.A(pre, P(ctx.pick("bye"), "bye"), P(ctx.pick("thanks"), "thanks"), closing=True,
               pos=True)
        call.decoys.append("goodbye_then_thanks")
        call.C(P(ctx.pick("cust_bye")), closing=True)
    elif th_fail and by_fail:
        call.A(pre, P(ctx.pick("noclose")), closing=True)
        call.C(P(ctx.pick("cust_bye")), closing=True)
        call.decoys.append("customer_only_goodbye")
    elif th_fail:
        if rng.random() < (0.85 if long_call else 0.3):
            call.A(pre, P(ctx.pick("thanks"), "thanks"), pos=True)
            q, a = rng.choice(L["cpad"][1:])
            call.C(P(ctx.f(q)))
            call.A(P(ctx.pick("check")))
            call.A(P(ctx.f(a)), hold=rng.uniform(16, 30))
            call.C(P(ctx.pick("cust_ack")))
            call.A(P(ctx.pick("bye"), "bye"), closing=True)
            call.decoys.append("closing_thanks_too_early")
        else:
            call.A(pre, P(ctx.pick("bye"), "bye"), closing=True)
        call.C(P(ctx.pick("cust_bye")), closing=True)
    elif by_fail:
        call.A(pre, P(ctx.pick("thanks"), "thanks"), closing=True, pos=True)
        call.C(P(ctx.pick("cust_bye")), closing=True)
        call.decoys.append("customer_only_goodbye")
    else:
        call.A(pre, P(ctx.pick("thanks"), "thanks"), P(ctx.pick("bye"), "bye"), closing=True,
               pos=rng.random() < 0.6)
        call.C(P(ctx.pick("cust_bye")), closing=True, pos=rng.random() < 0.5)
    return True


def build_outbound(call, f, long_call, sc):
    ctx, rng = call.ctx, call.ctx.rng
    key, cats, mood, purpose, reply, follow, react, ang = sc
    kind = call.kind
    gen = general_pieces(call, f)
    g = P(ctx.pick("out_greet"), "greet")
    ip = P(ctx.pick("out_intro"), "intro") if "identify_self" not in f else None
    cp = P(ctx.pick("out_comp"), "company") if "identify_company" not in f else None
    pp = P(ctx.f(purpose), "purpose")
    rp = P(ctx.pick("rec"), "rec") if "recording_disclosure" not in f else None
    kp = P(ctx.pick("consent"), "consent") if ("consent" not in f and rp is not None) else None
    late_purpose = "purpose" in f
    if "identify_self" in f and rng.random() < 0.4:
        call.deferred.append(("pair", 34.0, [("customer", P(ctx.pick("who_q"))),
                                             ("agent", P(ctx.pick("who_a"), "intro"))]))
        call.decoys.append("late_name")
    if "identify_company" in f and rng.random() < 0.4:
        call.deferred.append(("pair", 34.0, [("customer", P(ctx.pick("which_q"))),
                                             ("agent", P(ctx.pick("which_a"), "company"))]))
        call.decoys.append("late_company")
    if "recording_disclosure" in f and rng.random() < 0.4:
        call.deferred.append(("prefix", 64.0, P(ctx.pick("rec_late"), "rec")))
        call.decoys.append("late_recording_notice")
    if "consent" in f and rng.random() < 0.3:
        call.deferred.append(("prefix", 94.0, P(ctx.pick("consent_late"), "consent")))
        call.decoys.append("late_consent")
    if "consent" in f and "late_consent" not in call.decoys:
        call.decoys.append("recording_notice_without_consent")
    call.C(P(ctx.pick("out_hello")))
    variant = rng.choice(["merged", "idfirst", "dob"])
    if late_purpose and long_call:
        variant = rng.choice(["idfirst", "dob"])
    if variant == "merged":
        call.A(g, ip, cp, pp if not late_purpose else None, rp, kp)
        if kp:
            call.C(P(ctx.pick("consent_a")))
        else:
            call.C(P(ctx.pick("out_ok")))
    elif variant == "idfirst":
        call.A(g, ip, cp, P(ctx.pick("out_id")))
        call.C(P(ctx.pick("out_id_a")))
        call.A(rp, kp) or call.A(P(ctx.pick("agent_ok")))
        call.C(P(ctx.pick("consent_a") if kp else ctx.pick("out_ok")))
        if not late_purpose:
            call.A(pp)
    else:
        call.A(g, ip, cp)
        call.C(P(ctx.pick("out_ok")))
        call.A(rp, P(ctx.pick("out_dob")))
        call.C(P(ctx.pick("out_dob_a")))
        call.A(P(ctx.pick("agent_ok")), kp, pp if (kp is None and not late_purpose) else None)
        if kp:
            call.C(P(ctx.pick("consent_a")))
            if not late_purpose:
                call.A(pp)
    if late_purpose:
        call.A(P(ctx.pick("check")))
        if long_call:
            call.A(P(ctx.pick("agent_ok")), holdable=True, hold=rng.uniform(35, 55))
            call.C(P(ctx.pick("why_q")))
            call.A(pp)
        else:
            call.A(P(ctx.pick("agent_ok")), pp, holdable=True, hold=rng.uniform(35, 55))
        call.decoys.append("purpose_after_hold")
    # ---- body
    first_angry = kind is not None
    pieces = [P(dialect(ctx, ctx.f(reply)), cats=cats)]
    if kind == "anger":
        pieces += angry_line(call, ang, "anger")
    if call.segs[-1]["spk"] == "customer":
        call.A(P(ctx.pick("agent_ok")))
    call.C(*pieces, neg=first_angry, raised=kind == "anger" and rng.random() < 0.5)
    nint = first_angry and "no_interrupting_angry_customer" in f
    r = []
    if nint:
        r.append(P(ctx.pick("interrupt")))
    if first_angry and "empathy" not in f:
        r.append(emp_piece(ctx, kind))
    if "blame" in gen:
        r.append(gen.pop("blame"))
    if first_angry or r:
        if not r:
            r.append(P(ctx.pick("agent_ok")))
        call.A(*r, ov=rng.uniform(0.8, 2.0) if nint else 0.0)
        call.C(P(ctx.pick("cust_ack")))
    if first_angry and "empathy" in f and rng.random() < 0.3:
        call.deferred.append(("prefix_anger", 23.5, P(ctx.pick("late_emp"), "emp")))
        call.decoys.append("late_empathy")
    call.pad_at = len(call.segs)
    card_block(call, f)
    r = [gen.pop("prof", None), gen.pop("rude", None), P(ctx.f(follow))]
    if rng.random() < 0.25:
        r.append(P(ctx.pick("ref"), protect=True))
        call.decoys.append("reference_number")
    call.A(*r)
    call.C(P(dialect(ctx, ctx.f(react), 0.3)))
    call.post_pad = len(call.segs)
    call.A(P(ctx.pick("out_thanks")), P(ctx.pick("out_bye")), closing=True, pos=True)
    call.C(P(ctx.pick("cust_bye")), closing=True)
    return True


# ---------------------------------------------------------------------------------------------
# words, times, labels
# ---------------------------------------------------------------------------------------------
NOISE_P = [0.0, 0.5, 0.8, 1.0]


def finalize_piece(p, ctx, noised, level, whole):
    rng = ctx.rng
    words = [w for w in p["text"].split(" ") if w]
    if noised and not p["protect"]:
        if ctx.lang == "en":
            words = noise_en(words, level, rng, True)
        else:
            words = noise_vi(words, level, rng, whole)
        words = [w for w in words if w]
        if not words:
            words = [w for w in p["text"].split(" ") if w]
    elif noised:
        words = depunct(words) if ctx.lang == "en" else words
        words = words or [w for w in p["text"].split(" ") if w]
    p["w"] = [(w, rng.uniform(0.2, 0.34) + 0.018 * min(len(w), 10), rng.uniform(0.02, 0.12))
              for w in words]


def finalize_seg(s, ctx, level):
    rng = ctx.rng
    noised = rng.random() < NOISE_P[level]
    whole = None
    if noised and ctx.lang == "vi":
        r = rng.random()
        if level == 3 and r < 0.35:
            whole = "all"
        elif level >= 2 and r < 0.2:
            whole = "tones"
    s["noised"] = noised
    for p in s["pieces"]:
        if "w" not in p:
            finalize_piece(p, ctx, noised, level, whole)
    if "gap" not in s:
        s["gap"] = rng.uniform(0.35, 1.3)
        s["rv"] = (rng.uniform(0.0, 0.4), rng.uniform(6.0, 12.5))


def timing(segs):
    out = []
    max_end = 0.0
    prev = None
    for i, s in enumerate(segs):
        if i == 0:
            start = 0.3 + s["gap"] * 0.5
        elif s["ov"] > 0 and prev is not None:
            pdur = prev["end"] - prev["start"]
            ov = max(0.35, min(s["ov"], 0.45 * pdur))
            start = prev["end"] - ov
        else:
            start = max_end + s["gap"] + s["hold"]
        cur = start
        words, pstarts = [], []
        for p in s["pieces"]:
            pstarts.append(round(cur, 2))
            for (w, d, g) in p["w"]:
                ws, we = round(cur, 2), round(cur + d, 2)
                words.append([ws, we, w])
                cur = we + g
        t = {"seg": s, "start": words[0][0], "end": words[-1][1], "words": words,
             "pstarts": pstarts, "ov": (s["ov"] > 0 and prev is not None)}
        if t["ov"]:
            t["interrupted"] = prev
        out.append(t)
        max_end = max(max_end, t["end"])
        prev = t
    return out


def apply_deferred(call, tl):
    segs = call.segs
    anger = [t["start"] for t in tl
             if t["seg"]["spk"] == "customer" and (t["seg"]["neg"] or t["seg"]["raised"])]
    for kind, after, item in call.deferred:
        if kind == "prefix_anger":
            if not anger:
                continue
            after = anger[0] + after
        idx = None
        for j, t in enumerate(tl):
            s = t["seg"]
            if j < 1 or s["closing"] or t["start"] <= after + 1.5:
                continue
            if kind.startswith("prefix") and s["spk"] == "agent":
                idx = j
                break
            if (kind == "pair" and s["spk"] == "customer" and not s["ov"]
                    and segs[j - 1]["spk"] == "agent"):
                idx = j
                break
        if idx is None:
            continue
        if kind.startswith("prefix"):
            finalize_piece(item, call.ctx, segs[idx]["noised"], call.level, None)
            segs[idx]["pieces"].insert(0, item)
        else:
            new = []
            for spk, pc in item:
                s = {"spk": spk, "pieces": [pc], "neg": False, "raised": False, "ov": 0.0,
                     "hold": 0.0, "holdable": False, "closing": False, "pos": False}
                finalize_seg(s, call.ctx, call.level)
                new.append(s)
            segs[idx:idx] = new
        tl = timing(segs)
    return tl


def window_edges(direction, T, A):
    e = {}
    if direction == "inbound":
        e = {"greet": [20], "company": [20], "intro": [30], "offer": [45], "thanks": [T - 25],
             "bye": [T - 25]}
    else:
        e = {"intro": [30], "company": [30], "purpose": [60], "rec": [60], "consent": [90]}
    if A is not None:
        e["emp"] = [A, A + 20]
    return e


def tagged(tl):
    out = []
    for t in tl:
        if t["seg"]["spk"] != "agent":
            continue
        for p, ps in zip(t["seg"]["pieces"], t["pstarts"], strict=False):
            if p["tag"]:
                out.append((p["tag"], ps, t["start"]))
    return out


def compute_labels(tl, direction, lang):
    T = max(t["end"] for t in tl)
    tags = tagged(tl)

    def st(tag, lo=-1e9, hi=1e9):
        return sorted(ps for tg, ps, ss in tags if tg == tag and lo <= ps < hi)
    angry = [t for t in tl
             if t["seg"]["spk"] == "customer" and (t["seg"]["neg"] or t["seg"]["raised"])]
    A = angry[0]["start"] if angry else None
    truth = {k: "not_applicable" for k in RULES}

    def pf(ok):
        return "pass" if ok else "fail"

    if direction == "inbound":
        g, r = st("greet", hi=20), st("resol")
        truth["inbound/greeting"] = pf(g)
        truth["inbound/company_name"] = pf(st("company", hi=20))
        truth["inbound/self_intro"] = pf(st("intro", hi=30))
        truth["inbound/offer_help"] = pf(st("offer", hi=45))
        truth["inbound/confirm_problem"] = pf(st("confirm"))
        truth["inbound/resolution"] = pf(r)
        truth["inbound/anything_else"] = pf(st("ae"))
        th, by = st("thanks", lo=T - 25), st("bye", lo=T - 25)
        truth["inbound/thanks"] = pf(th)
        truth["inbound/goodbye"] = pf(by)
        if g and r:
            truth["inbound/greeting_before_resolution"] = pf(g[0] < r[0])
        if th and by:
            truth["inbound/thanks_before_goodbye"] = pf(th[0] < by[0])
    else:
        truth["outbound/identify_self"] = pf(st("intro", hi=30))
        truth["outbound/identify_company"] = pf(st("company", hi=30))
        truth["outbound/purpose"] = pf(st("purpose", hi=60))
        rec = st("rec", hi=60)
        truth["outbound/recording_disclosure"] = pf(rec)
        if rec:
            truth["outbound/consent"] = pf(st("consent", hi=90))
    if A is not None:
        truth["angry_caller/empathy"] = pf(st("emp", lo=A, hi=A + 20))
        bad = False
        for t in tl:
            if t["ov"] and t["seg"]["spk"] == "agent":
                iv = t["interrupted"]
                if (iv["seg"]["spk"] == "customer" and (iv["seg"]["neg"] or iv["seg"]["raised"])
                        and iv["start"] < t["start"] < iv["end"]):
                    bad = True
        truth["angry_caller/no_interrupting_angry_customer"] = pf(not bad)
    truth["angry_caller/no_blame"] = pf(not st("blame"))
    truth["forbidden/profanity"] = pf(not (st("prof") or st("strict")))
    if lang == "vi":
        truth["forbidden/profanity_vi_strict"] = pf(not st("strict"))
    truth["forbidden/rude"] = pf(not st("rude"))
    truth["forbidden/no_card_readback"] = pf(not st("card"))
    # edges
    edges_ok = True
    for tg, lst in window_edges(direction, T, A).items():
        for _, ps, ss in [x for x in tags if x[0] == tg]:
            for W in lst:
                if abs(ps - W) < 2 or abs(ss - W) < 2 or ((ps < W) != (ss < W)):
                    edges_ok = False
    for _, ps, _ss in [x for x in tags if x[0] == "midthanks"]:
        if ps >= T - 27:
            edges_ok = False
    if direction == "inbound":
        for _, ps, _ss in [x for x in tags if x[0] == "thanks"]:
            if T - 27 < ps < T - 23:
                edges_ok = False
    return truth, edges_ok, T, A


# ---------------------------------------------------------------------------------------------
# independent text check on a finished row
# ---------------------------------------------------------------------------------------------
KW = {
    "en": {
        "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "welcome",
                  "good day"],
        "company": ["acme", "acne", "a cme", "acmebank"],
        "offer": ["help", "assist", "helping"],
        "thanks": ["thank", "thanks", "thankyou", "cheers", "appreciate"],
        "bye": ["bye", "goodbye", "cheerio", "take care", "have a good", "have a lovely", "see you",
                "farewell"],
        "emp": ["sorry", "apologise", "apologies", "apologize", "understand", "frustrating",
                "awful", "condolences"],
        "prof": ["shit", "fuck", "fucking", "bloody", "bullshit", "damn", "crap", "fucks"],
        "rec": ["record", "recorded", "recording"],
    },
    "vi": {
        "greet": ["chào", "alô", "a lô", "alo"],
        "company": ["abc", "a bê xê", "ây bi xi"],
        "offer": ["hỗ trợ", "giúp"],
        "thanks": ["cảm ơn", "cám ơn", "thank"],
        "bye": ["chào", "tạm biệt", "hẹn gặp", "chúc", "bye", "bai"],
        "emp": ["xin lỗi", "hiểu", "thông cảm", "chia buồn", "rất tiếc", "thật lòng"],
        "prof": ["đéo", "địt", "đụ", "vãi", "đm", "vl", "vcl", "dit", "deo", "đcm", "dcm", "dm"],
        "strict": ["đéo", "địt", "đụ", "vãi"],
        "rec": ["ghi âm"],
    },
}


def vi_match(key, t):
    if key in t:
        return True
    if t == strip_tones(t) and strip_tones(key) in t:
        return True
    return t == strip_all(t) and strip_all(key) in t


def has_kw(lang, tokens, keys, exact=False):
    toks = [w.lower().strip(PUNCT) for w in tokens]
    toks = [w for w in toks if w]
    for key in keys:
        n = len(key.split(" "))
        grams = [" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)]
        if lang == "en" or exact:
            if key in grams or (n > 1 and key.replace(" ", "") in toks):
                return True
            continue
        if any(vi_match(key, g) for g in grams):
            return True
        if n > 1 and any(vi_match(key.replace(" ", ""), t) for t in toks):
            return True
    return False


def agent_words(row, lo=-1e9, hi=1e9):
    out = []
    for s in row["segments"]:
        if s["speaker"] == "agent":
            out += [w for (a, b, w) in s["words"] if lo <= a < hi]
    return out


def text_check(row):
    errs = []
    lang, truth = row["language"], row["truth"]
    segs = row["segments"]
    T = max(s["end"] for s in segs)
    K = KW[lang]
    name = row["metadata"]["agent_name"]
    given = AGENT_GIVEN[name]
    # structure
    if len(row["sentiment"]) != len(segs):
        errs.append("sentiment length")
    prev_end = -1.0
    recorded = {round(x["start_s"], 2) for x in row["metrics"]["interruptions"]}
    for i, s in enumerate(segs):
        ws = s["words"]
        if [w for _, _, w in ws] != s["text"].split(" ") or "" in s["text"].split(" "):
            errs.append(f"words {i:d}")
        if not ws or ws[0][0] != s["start"] or ws[-1][1] != s["end"]:
            errs.append(f"bounds {i:d}")
        for j, (a, b, _w) in enumerate(ws):
            if not (s["start"] <= a < b <= s["end"]) or (j and a < ws[j - 1][1]):
                errs.append(f"time {i:d}")
        if s["start"] < prev_end and round(s["start"], 2) not in recorded:
            errs.append(f"unrecorded overlap {i:d}")
        prev_end = max(prev_end, s["end"])
    for x in row["metrics"]["interruptions"]:
        ok = any(s["speaker"] == x["interrupted"] and s["start"] < x["start_s"] < s["end"]
                 for s in segs)
        if not ok:
            errs.append("interruption not inside a segment")
    for rv in row["metrics"]["raised_voice"]:
        ok = any(s["speaker"] == "customer" and row["sentiment"][i] == "negative"
                 and s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
                 for i, s in enumerate(segs))
        if not ok:
            errs.append("raised voice outside a negative customer segment")
    if set(truth) != set(RULES):
        errs.append("truth keys")
    neg = [s for i, s in enumerate(segs)
           if s["speaker"] == "customer" and row["sentiment"][i] == "negative"]
    A = neg[0]["start"] if neg else None
    bad_int = any(x["speaker"] == "agent" and any(s["start"] < x["start_s"] < s["end"] for s in neg)
                  for x in row["metrics"]["interruptions"])
    if A is None:
        if (truth["angry_caller/empathy"] != "not_applicable"
                or truth["angry_caller/no_interrupting_angry_customer"] != "not_applicable"):
            errs.append("anger n/a")
    else:
        if (truth["angry_caller/no_interrupting_angry_customer"] == "fail") != bad_int:
            errs.append("interrupt label")
        if (truth["angry_caller/empathy"] == "fail"
                and has_kw(lang, agent_words(row, A, A + 21), K["emp"])):
            errs.append("empathy words in window of an empathy fail")
    inbound = row["metadata"]["direction"] == "inbound"
    if inbound:
        if (truth["inbound/greeting"] == "fail"
                and has_kw(lang, agent_words(row, hi=21), K["greet"])):
            errs.append("greeting words")
        if (truth["inbound/company_name"] == "fail"
                and has_kw(lang, agent_words(row, hi=21), K["company"])):
            errs.append("company words")
        if (truth["inbound/self_intro"] == "fail"
                and has_kw(lang, agent_words(row, hi=31), [given.lower()])):
            errs.append("name said")
        if (truth["inbound/offer_help"] == "fail"
                and has_kw(lang, agent_words(row, hi=46), K["offer"])):
            errs.append("offer words")
        if (truth["inbound/thanks"] == "fail"
                and has_kw(lang, agent_words(row, lo=T - 26), K["thanks"])):
            errs.append("thanks words at the end")
        if (truth["inbound/goodbye"] == "fail"
                and has_kw(lang, agent_words(row, lo=T - 26), K["bye"])):
            errs.append("bye words at the end")
    else:
        if (truth["outbound/identify_self"] == "fail"
                and has_kw(lang, agent_words(row, hi=31), [given.lower()])):
            errs.append("name said")
        if (truth["outbound/identify_company"] == "fail"
                and has_kw(lang, agent_words(row, hi=31), K["company"])):
            errs.append("company words")
        if (truth["outbound/recording_disclosure"] == "fail"
                and has_kw(lang, agent_words(row, hi=61), K["rec"])):
            errs.append("recording words")
    if (truth["forbidden/profanity"] == "pass"
            and has_kw(lang, agent_words(row), K["prof"], exact=True)):
        errs.append("agent swear on a pass")
    if (lang == "vi" and truth["forbidden/profanity_vi_strict"] == "pass"
            and has_kw(lang, agent_words(row), K["strict"], exact=True)):
        errs.append("strict swear on a pass")
    if lang == "en" and truth["forbidden/profanity_vi_strict"] != "not_applicable":
        errs.append("strict on English")
    if not (50 <= T <= 240):
        errs.append("duration")
    return errs


AGENT_GIVEN = {full: given for full, given in EN_AGENTS + VI_AGENTS}


# ---------------------------------------------------------------------------------------------
# planning and generation
# ---------------------------------------------------------------------------------------------
GENERIC_ANG = {
    "en": ["I've been on hold forever and this is the third time "
           "I've rung your bank about it, it's not good enough"],
    "vi": ["{t} gọi ba lần rồi mà ngân hàng vẫn chưa giải quyết, chán thật"],
}
CONFLICTS = [{"greeting", "greeting_before_resolution"},
             {"resolution", "greeting_before_resolution"}, {"thanks", "thanks_before_goodbye"},
             {"goodbye", "thanks_before_goodbye"}, {"recording_disclosure", "consent"},
             {"profanity", "strict"}, {"thanks", "anything_else", "goodbye"}]
STYLES = ["merged", "formal", "terse", "smalltalk", "idfirst", "rambler"]


def assign(rng, tokens, n_calls, n_clean, n_triples):
    n = len(tokens)
    faulted = n_calls - n_clean
    pairs = n - faulted - 2 * n_triples
    singles = faulted - pairs - n_triples
    assert singles >= 0 and pairs >= 0
    sizes = [3] * n_triples + [2] * pairs + [1] * singles
    for _attempt in range(2000):
        pool = tokens[:]
        rng.shuffle(pool)
        calls = []
        ok = True
        for k in sizes:
            got = []
            for tok in list(pool):
                if len(got) == k:
                    break
                trial = set(got) | {tok}
                if tok in got or any(c <= trial for c in CONFLICTS):
                    continue
                got.append(tok)
                pool.remove(tok)
            if len(got) < k:
                ok = False
                break
            calls.append(got)
        if ok:
            calls += [[] for _ in range(n_clean)]
            rng.shuffle(calls)
            return calls
    raise RuntimeError("fault assignment failed")


def plan_language(lang, rng):
    inn = ["greeting", "company_name", "self_intro", "offer_help", "confirm_problem", "resolution",
           "anything_else", "thanks", "goodbye", "greeting_before_resolution",
           "thanks_before_goodbye"]
    out = ["identify_self", "identify_company", "purpose", "recording_disclosure", "consent"]
    gen = ["empathy", "no_blame", "no_interrupting_angry_customer", "rude", "no_card_readback"]
    in_tok = [r for r in inn for _ in range(9)] + [r for r in gen for _ in range(7)]
    out_tok = [r for r in out for _ in range(9)] + [r for r in gen for _ in range(2)]
    if lang == "en":
        in_tok += ["profanity"] * 7
        out_tok += ["profanity"] * 2
    else:
        in_tok += ["profanity"] * 2 + ["strict"] * 8
        out_tok += ["profanity"] * 1 + ["strict"] * 3
    in_calls = assign(rng, in_tok, 110, 14, 3)
    out_calls = assign(rng, out_tok, 40, 10, 2)
    scen_in = EN_IN if lang == "en" else VI_IN
    scen_out = EN_OUT if lang == "en" else VI_OUT
    profiles = sorted(EN_PROFILES if lang == "en" else VI_PROFILES)
    agents = EN_AGENTS if lang == "en" else VI_AGENTS
    sin = scen_in[:]
    rng.shuffle(sin)
    sout = scen_out[:]
    rng.shuffle(sout)
    plans = []
    for i, fl in enumerate(in_calls):
        plans.append({"direction": "inbound", "faults": fl, "sc": sin[i % len(sin)]})
    for i, fl in enumerate(out_calls):
        plans.append({"direction": "outbound", "faults": fl, "sc": sout[i % len(sout)]})
    rng.shuffle(plans)
    longs = set(rng.sample(range(150), 50))
    for i, p in enumerate(plans):
        p["long"] = i in longs
        p["style"] = rng.choice(STYLES)
        p["profile"] = (profiles[i % len(profiles)] if p["sc"][0] != "so_sec_doi_dia_chi"
                        else "haiphong")
        p["agent"] = agents[rng.randrange(len(agents))]
        p["level"] = rng.choices([0, 1, 2, 3], weights=[15, 25, 35, 25])[0]
        mood = p["sc"][2]
        fl = p["faults"]
        if mood in ("grief", "fear"):
            p["kind"] = mood
        elif "empathy" in fl or "no_interrupting_angry_customer" in fl or rng.random() < 0.3:
            p["kind"] = "anger"
        else:
            p["kind"] = None
        p["queue"] = rng.choice((EN_QUEUES if lang == "en" else VI_QUEUES)[
            "in" if p["direction"] == "inbound" else "out"])
    return plans


def full_faults(fl):
    out = set()
    for r in fl:
        if r == "strict":
            out |= {"forbidden/profanity", "forbidden/profanity_vi_strict"}
        else:
            out.add(SHORT[r])
    return out


def add_pads(call, target):
    ctx, rng, L = call.ctx, call.ctx.rng, call.ctx.L
    need = target - len(call.segs)
    if need <= 0:
        return
    npairs = (need + 1) // 2
    at_post = rng.randint(0, npairs // 2)
    used = set()

    def mk():
        while True:
            k = rng.randrange(len(L["pad"]))
            if k not in used or len(used) >= len(L["pad"]):
                used.add(k)
                q, a = L["pad"][k]
                return [{"spk": "agent", "pieces": [P(ctx.f(q))]},
                        {"spk": "customer", "pieces": [P(dialect(ctx, ctx.f(a), 0.3))]}]
    base = {"neg": False, "raised": False, "ov": 0.0, "hold": 0.0, "holdable": False,
            "closing": False, "pos": False}
    post = [dict(base, **s) for _ in range(at_post) for s in mk()]
    pre = [dict(base, **s) for _ in range(npairs - at_post) for s in mk()]
    call.segs[call.post_pad:call.post_pad] = post
    call.segs[call.pad_at:call.pad_at] = pre
    call.post_pad += len(pre) + len(post)


def decoy_interrupts(call):
    rng, segs = call.ctx.rng, call.segs
    if rng.random() < 0.25:
        cand = [j for j in range(2, len(segs) - 2)
                if segs[j]["spk"] == "agent" and segs[j - 1]["spk"] == "customer"
                and not segs[j - 1]["neg"] and not segs[j - 1]["raised"]
                and not segs[j]["ov"] and not segs[j - 1]["ov"] and not segs[j]["closing"]
                and sum(len(p["text"].split()) for p in segs[j - 1]["pieces"]) >= 6]
        if cand:
            segs[rng.choice(cand)]["ov"] = rng.uniform(0.6, 1.5)
            call.decoys.append("agent_interrupts_calm_customer")
    if rng.random() < 0.2:
        cand = [j for j in range(2, len(segs) - 2)
                if segs[j]["spk"] == "customer" and segs[j - 1]["spk"] == "agent"
                and not segs[j]["ov"] and not segs[j - 1]["ov"] and not segs[j]["closing"]
                and not segs[j]["neg"]
                and sum(len(p["text"].split()) for p in segs[j - 1]["pieces"]) >= 7]
        if cand:
            segs[rng.choice(cand)]["ov"] = rng.uniform(0.5, 1.2)
            call.decoys.append("customer_interrupts_agent")


def to_row(call, tl, plan, idx, lang, truth):
    segs_out, sent, ints, rvs, cats = [], [], [], [], set()
    for t in tl:
        s = t["seg"]
        text = " ".join(w for _, _, w in t["words"])
        segs_out.append({"speaker": s["spk"], "start": t["start"], "end": t["end"], "text": text,
                         "words": [[a, b, w] for a, b, w in t["words"]]})
        if s["spk"] == "customer" and s["neg"]:
            sent.append("negative")
        elif s["pos"]:
            sent.append("positive")
        else:
            sent.append("neutral")
        if t["ov"]:
            iv = t["interrupted"]
            ints.append({"speaker": s["spk"], "interrupted": iv["seg"]["spk"],
                         "start_s": t["start"], "overlap_s": round(iv["end"] - t["start"], 2)})
        if s["spk"] == "customer" and s["neg"] and s["raised"]:
            dur = t["end"] - t["start"]
            a = round(t["start"] + s["rv"][0] * dur * 0.5, 2)
            rvs.append({"speaker": "customer", "start_s": a, "end_s": t["end"],
                        "above_median_db": round(s["rv"][1], 1)})
        if s["spk"] == "customer":
            for p in s["pieces"]:
                cats |= p["cats"]
    mood = {None: "calm", "anger": "angry", "grief": "grieving", "fear": "frightened"}[plan["kind"]]
    agent_style = plan["style"] if plan["direction"] == "inbound" else "outbound"
    length = "long" if plan["long"] else "short"
    ctx_s = (
        f'{plan["direction"]}/{plan["sc"][0]}; {plan["profile"]} speaker; {agent_style} agent; '
        f'{length} call; noise {plan["level"]:d}; {mood}'
    )
    return {
        "id": f"{lang}-heldout10-{idx:03d}", "split": "heldout10", "language": lang,
        "metadata": {"direction": plan["direction"], "queue": plan["queue"],
                     "agent_name": plan["agent"][0], "language": lang},
        "faults": sorted(full_faults(plan["faults"])), "decoys": sorted(set(call.decoys)),
        "context": ctx_s,
        "segments": segs_out, "sentiment": sent,
        "metrics": {"speaker_separated": True, "interruptions": ints, "raised_voice": rvs},
        "truth": {k: truth[k] for k in RULES},
        "categories": [c for c in CATS if c in cats],
    }


def make_row(plan, idx, lang):
    last = None
    for attempt in range(800):
        rng = random.Random(f"{SEED:d}:{lang}:{idx:d}:{attempt:d}")
        ctx = Ctx(rng, lang)
        ctx.agent = plan["agent"]
        ctx.style = plan["style"] if plan["direction"] == "inbound" else "merged"
        if attempt >= 200 and plan["direction"] == "inbound":
            ctx.style = rng.choice(STYLES)
        ctx.profname = plan["profile"]
        ctx.profile = (EN_PROFILES if lang == "en" else VI_PROFILES)[plan["profile"]]
        set_fmt(ctx, GENDER.get(plan["sc"][0]))
        call = Call(ctx)
        call.kind = plan["kind"]
        call.level = plan["level"]
        call.generic_ang = GENERIC_ANG[lang]
        f = set(plan["faults"])
        if "strict" in f:
            f = (f - {"strict"}) | {"profanity", "profanity_vi_strict"}
        builder = build_inbound if plan["direction"] == "inbound" else build_outbound
        if not builder(call, f, plan["long"], plan["sc"]):
            continue
        if plan["long"]:
            add_pads(call, rng.randint(21, 33))
        elif len(call.segs) < 8:
            add_pads(call, rng.randint(8, 11))
        decoy_interrupts(call)
        for s in call.segs:
            finalize_seg(s, ctx, plan["level"])
        tl = timing(call.segs)
        tl = apply_deferred(call, tl)
        T = max(t["end"] for t in tl)
        if T < 52:
            hs = [s for s in call.segs if s["holdable"]]
            if not hs:
                mids = [s for s in call.segs[3:-3] if s["spk"] == "agent" and not s["ov"]]
                if not mids:
                    last = "short"
                    continue
                hs = [mids[-1]]
            hs[0]["hold"] += 52 - T + rng.uniform(2, 25)
            tl = timing(call.segs)
        n = len(tl)
        if (plan["long"] and not 20 <= n <= 40) or (not plan["long"] and not 8 <= n <= 15):
            last = f"segments {n:d}"
            continue
        truth, edges_ok, T, A = compute_labels(tl, plan["direction"], lang)
        if not edges_ok:
            last = "edge"
            continue
        fails = {k for k, v in truth.items() if v == "fail"}
        if fails != full_faults(plan["faults"]):
            last = f"labels {sorted(fails)} vs {sorted(full_faults(plan['faults']))}"
            continue
        row = to_row(call, tl, plan, idx, lang, truth)
        errs = text_check(row)
        if errs:
            last = "text " + ";".join(errs)
            continue
        return row
    raise RuntimeError(f"call {lang} {idx:d} could not be drawn: {last}")


def build():
    rng = random.Random(SEED)
    rows = []
    for lang in ("en", "vi"):
        plans = plan_language(lang, rng)
        base = 0 if lang == "en" else 150
        for i, p in enumerate(plans):
            rows.append(make_row(p, base + i, lang))
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def validate(rows):
    errs = []
    assert len(rows) == 300
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == 300
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        assert len(rs) == 150
        assert sum(r["metadata"]["direction"] == "inbound" for r in rs) == 110
        for k in RULES:
            nf = sum(r["truth"][k] == "fail" for r in rs)
            want = 9
            if k == "forbidden/profanity_vi_strict":
                want = 0 if lang == "en" else 11
            if k == "forbidden/profanity" and lang == "vi":
                want = 14
            if nf != want:
                errs.append(f"{lang} {k} fails {nf:d}")
        if sum(not r["faults"] for r in rs) < 20:
            errs.append(f"{lang} clean calls")
    for k in RULES:
        nf = sum(r["truth"][k] == "fail" for r in rows)
        npass = sum(r["truth"][k] == "pass" for r in rows)
        if npass < 40 or (k != "forbidden/profanity_vi_strict" and nf < 15):
            errs.append(f"{k} totals {nf:d}/{npass:d}")
    for c in CATS:
        if sum(c in r["categories"] for r in rows) < 12:
            errs.append(f"category {c}")
    for r in rows:
        if sorted(k for k, v in r["truth"].items() if v == "fail") != r["faults"]:
            errs.append(f"faults {r['id']}")
        e = text_check(r)
        if e:
            errs.append(f"{r['id']}: {e}")
    if errs:
        raise SystemExit("validation failed:\n" + "\n".join(errs))


def tables(rows):
    lines = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
             "|---|---|---|---|---|---|---|"]
    for k in RULES:
        cells = []
        for lang in ("en", "vi"):
            rs = [r for r in rows if r["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(r["truth"][k] == v for r in rs)))
        lines.append(f"| {k} | {' | '.join(cells)} |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS:
        en = sum(c in r["categories"] for r in rows if r["language"] == "en")
        vi = sum(c in r["categories"] for r in rows if r["language"] == "vi")
        lines.append(f"| {c} | {en:d} | {vi:d} | {en + vi:d} |")
    none = sum(not r["categories"] for r in rows)
    none_en = sum(not r["categories"] for r in rows if r["language"] == "en")
    none_vi = sum(not r["categories"] for r in rows if r["language"] == "vi")
    lines.append(f"| (none) | {none_en:d} | {none_vi:d} | {none:d} |")
    nf = {}
    for r in rows:
        nf[len(r["faults"])] = nf.get(len(r["faults"]), 0) + 1
    nseg = [len(r["segments"]) for r in rows]
    durs = [max(s["end"] for s in r["segments"]) for r in rows]
    longc = sum(n >= 20 for n in nseg)
    anger = sum(any(v == "negative" for i, v in enumerate(r["sentiment"])
                    if r["segments"][i]["speaker"] == "customer") for r in rows)
    raised = sum(bool(r["metrics"]["raised_voice"]) for r in rows)
    inter = sum(bool(r["metrics"]["interruptions"]) for r in rows)
    lines += [
        "",
        "faults per call: " + ", ".join(f"{k:d}: {nf[k]:d} calls" for k in sorted(nf)),
        f"long calls (20+ segments): {longc:d}; short: {300 - longc:d}; "
        f"segments {min(nseg):d}-{max(nseg):d}; duration {min(durs):.1f}-{max(durs):.1f} s",
        f"calls with customer anger: {anger:d} (raised voice in {raised:d}); "
        f"calls with interruptions: {inter:d}",
    ]
    return "\n".join(lines)


def main():
    rows = build()
    validate(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        with open(OUT, "rb") as fh:
            old = fh.read()
        if old != data:
            raise SystemExit("heldout10.jsonl differs from a fresh build")
        print("check ok: heldout10.jsonl matches a fresh build")
    else:
        with open(OUT, "wb") as fh:
            fh.write(data)
        print("wrote", OUT)
    print("sha256", hashlib.sha256(data).hexdigest())
    print(tables(rows))


if __name__ == "__main__":
    main()
