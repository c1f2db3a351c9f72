/// The starter map of an engineering organization.
extension StarterMap {
    static let engineeringOrgText = """
        # A software engineering organization's learning system: incidents and retrospectives
        # generate lessons, guilds turn them into playbooks, and talks, reviews and pairing spread
        # them. Practitioners group techniques by timing: learning before, during and after work.
        # Replace the names and labels with your own, then run `kmap check` on the file.
        #
        # A map may also declare its own phases instead of the default five, for example
        #   phases create, identify, collect, review, share, access, use
        # in the header; activities are then written `activity ID "Label" phase NAME`.

        map "Engineering knowledge flow" {
          goal "Teams reuse what other teams learned instead of relearning it in production"
          standard "A practice counts as knowledge once two teams used it in production"
          standard "Incident lessons count once the owning team has reviewed them"
        }

        stakeholder engineers "Product engineers"          group product
        stakeholder sre       "Site reliability engineers" group platform
        stakeholder guild     "Reliability guild"          group platform broker
        stakeholder staff     "Staff engineers"            group leadership broker
        stakeholder managers  "Engineering managers"       group leadership
        stakeholder newcomers "New joiners"                group product

        repository handbook    "Engineering handbook" owner staff
        repository postmortems "Postmortem archive"   owner sre

        # Learning before: a pre-mortem before big launches.
        generation premortem "Launch pre-mortem" by engineers, sre technique pre-mortem
        # Learning during and after: blameless postmortems and team retrospectives.
        generation postmortem "Blameless postmortem" by sre, engineers technique after-action-review
        generation retro      "Team retrospective"   by engineers every 2 weeks technique retrospect

        consolidation incident_review "Weekly incident review" by guild, sre every week routine synthesis
        consolidation practice_review "Practice review"        by staff, guild every month routine reduction

        capture playbook "Reliability playbook"         by guild for engineers, sre technique knowledge-asset
        capture adr      "Architecture decision record" by staff for engineers, managers technique knowledge-brief

        sharing tech_talk  "Weekly tech talk"         by guild, engineers for engineers, newcomers every week technique tech-talk
        sharing onboarding "Onboarding with a mentor" by staff, engineers for newcomers every month technique mentoring
        sharing wol        "Working-out-loud channel" by engineers, newcomers for engineers, newcomers every week technique working-out-loud

        application adopt    "Teams adopt the playbook"       by engineers action act
        application capacity "Managers fund reliability work" by managers action resource every quarter
        # Securing knowledge from people who move or leave is itself an activity worth mapping.
        application handover "Leaver handover interviews" {
          by staff, managers
          action act
          technique knowledge-retention
          status planned
        }

        premortem -> practice_review
        postmortem -> postmortems -> incident_review -> practice_review
        retro -> incident_review
        practice_review -> playbook -> handbook
        practice_review -> adr -> handbook
        handbook -> tech_talk -> adopt
        handbook -> onboarding -> adopt
        handbook -> wol -> adopt
        tech_talk -> capacity
        adopt -> retro : "what using it taught us"
        capacity -> premortem : "funded work gets a pre-mortem"
        onboarding -> handover
        handover -> postmortem

        """
}
